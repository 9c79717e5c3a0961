import { describe, expect, it } from 'vitest';
import { parseQcConfig, QC_DISABLED } from './qc-config';

describe('QC settings', () => {
  it("reads Nextclade's qc.json keys", () => {
    const { config, errors } = parseQcConfig(
      JSON.stringify({
        missingData: { enabled: true, missingDataThreshold: 2700, scoreBias: 300 },
        mixedSites: { enabled: true, mixedSitesThreshold: 10 },
        privateMutations: { enabled: true, typical: 8, cutoff: 24 },
        snpClusters: { enabled: false, windowSize: 100, clusterCutOff: 6, scoreWeight: 50 },
        frameShifts: { enabled: true, ignoredFrameShifts: [{ geneName: 'ORF3a', codonRange: { begin: 256, end: 276 } }] },
        stopCodons: { enabled: true, ignoredStopCodons: [{ cdsName: 'ORF8', codon: 17 }] },
      }),
    );
    expect(errors).toEqual([]);
    expect(config.missingData).toEqual({ enabled: true, missingDataThreshold: 2700, scoreBias: 300 });
    expect(config.snpClusters.enabled).toBe(false);
    expect(config.frameShifts.ignoredFrameShifts).toEqual([{ geneName: 'ORF3a', codonRange: { begin: 256, end: 276 } }]);
    expect(config.stopCodons.ignoredStopCodons).toEqual([{ geneName: 'ORF8', codon: 17 }]);
  });

  it('reads the qc section and the mutation labels of a pathogen.json', () => {
    const { config, mutationLabels, errors } = parseQcConfig(
      JSON.stringify({ qc: { mixedSites: { enabled: true, mixedSitesThreshold: 5 } }, mutLabels: { nucMutLabelMap: { '241T': ['20A', '20B'], bad: ['x'] } } }),
    );
    expect(config.mixedSites).toEqual({ enabled: true, mixedSitesThreshold: 5 });
    expect(config.missingData.enabled).toBe(false);
    expect(mutationLabels).toEqual(new Map([['241T', new Set(['20A', '20B'])]]));
    expect(errors).toEqual(['mutLabels.nucMutLabelMap.bad: expected a position and letter mapped to clade names']);
  });

  it('reports invalid JSON and wrongly typed settings', () => {
    expect(parseQcConfig('{').errors[0]).toMatch(/^qc settings are not valid JSON/);
    expect(parseQcConfig('[]')).toEqual({ config: QC_DISABLED, mutationLabels: null, errors: ['qc settings: expected a JSON object'] });
    const { errors } = parseQcConfig(
      JSON.stringify({ mixedSites: { enabled: true, mixedSitesThreshold: '10' }, stopCodons: { enabled: true, ignoredStopCodons: [{ codon: 3 }] } }),
    );
    expect(errors).toEqual(['mixedSites.mixedSitesThreshold: expected a number, found "10"', 'stopCodons.ignoredStopCodons[0]: expected { geneName, codon }']);
  });
});
