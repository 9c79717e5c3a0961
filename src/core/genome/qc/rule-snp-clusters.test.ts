import { describe, expect, it } from 'vitest';
import { findSnpClusters, ruleSnpClusters } from './rule-snp-clusters';

const config = { enabled: true, windowSize: 100, clusterCutOff: 6, scoreWeight: 50 };

describe('SNP-cluster rule', () => {
  it('needs more than clusterCutOff substitutions within windowSize', () => {
    expect(findSnpClusters([10, 20, 30, 40, 50, 60], config)).toEqual([]);
    expect(findSnpClusters([10, 20, 30, 40, 50, 60, 70], config)).toEqual([[10, 20, 30, 40, 50, 60, 70]]);
  });

  it('extends a cluster with the following positions, and starts another after a gap', () => {
    const clusters = findSnpClusters([1, 2, 3, 4, 5, 6, 7, 8, 500, 501, 502, 503, 504, 505, 506], config);
    expect(clusters).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [500, 501, 502, 503, 504, 505, 506],
    ]);
  });

  it('scores scoreWeight per cluster and reports 1-based ranges', () => {
    const subs = [29728, 29730, 29735, 29740, 29750, 29760, 29770].map((pos) => ({ pos, refNuc: 'A', queryNuc: 'C' }));
    expect(ruleSnpClusters(subs, config)).toEqual({ score: 50, status: 'mediocre', totalSNPs: 7, clusteredSNPs: [{ begin: 29728, end: 29770, numberOfSNPs: 7 }] });
  });
});
