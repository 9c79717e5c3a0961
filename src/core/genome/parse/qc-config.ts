// QC settings with the keys of Nextclade's qc.json (and of the `qc` section of a pathogen.json).
// Codon numbers in ignoredFrameShifts / ignoredStopCodons are 0-based, as Nextclade stores them.

export interface QcConfig {
  missingData: { enabled: boolean; missingDataThreshold: number; scoreBias: number };
  mixedSites: { enabled: boolean; mixedSitesThreshold: number };
  privateMutations: { enabled: boolean; typical: number; cutoff: number };
  snpClusters: { enabled: boolean; windowSize: number; clusterCutOff: number; scoreWeight: number };
  frameShifts: { enabled: boolean; ignoredFrameShifts: { geneName: string; codonRange: { begin: number; end: number } }[] };
  stopCodons: { enabled: boolean; ignoredStopCodons: { geneName: string; codon: number }[] };
}

export const QC_DISABLED: QcConfig = {
  missingData: { enabled: false, missingDataThreshold: 1, scoreBias: 0 },
  mixedSites: { enabled: false, mixedSitesThreshold: 1 },
  privateMutations: { enabled: false, typical: 0, cutoff: 1 },
  snpClusters: { enabled: false, windowSize: 100, clusterCutOff: 6, scoreWeight: 50 },
  frameShifts: { enabled: false, ignoredFrameShifts: [] },
  stopCodons: { enabled: false, ignoredStopCodons: [] },
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(rule: Json, key: string, where: string, errors: string[]): number {
  const value = rule[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${where}.${key}: expected a number, found ${JSON.stringify(value)}`);
    return 0;
  }
  return value;
}

const geneOf = (entry: Json): unknown => entry['geneName'] ?? entry['cdsName'];

/**
 * Mutation -> clades whose members carry it (Nextclade v3 pathogen.json `mutLabels.nucMutLabelMap`,
 * keys like "241T"). Used, when a dataset has it, to tell clade mutations from private ones.
 */
export type MutationLabels = Map<string, Set<string>>;

function readMutationLabels(root: Json, errors: string[]): MutationLabels | null {
  const labels = isObject(root['mutLabels']) ? root['mutLabels']['nucMutLabelMap'] : undefined;
  if (labels === undefined) return null;
  if (!isObject(labels)) {
    errors.push('mutLabels.nucMutLabelMap: expected an object');
    return null;
  }
  const map: MutationLabels = new Map();
  for (const [mutation, clades] of Object.entries(labels)) {
    if (!/^\d+[A-Z-]$/.test(mutation) || !Array.isArray(clades) || !clades.every((c) => typeof c === 'string')) {
      errors.push(`mutLabels.nucMutLabelMap.${mutation}: expected a position and letter mapped to clade names`);
      continue;
    }
    map.set(mutation, new Set(clades as string[]));
  }
  return map;
}

export function parseQcConfig(text: string): { config: QcConfig; mutationLabels: MutationLabels | null; errors: string[] } {
  const errors: string[] = [];
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { config: QC_DISABLED, mutationLabels: null, errors: [`qc settings are not valid JSON: ${(error as Error).message}`] };
  }
  const mutationLabels = isObject(root) ? readMutationLabels(root, errors) : null;
  if (isObject(root) && isObject(root['qc'])) root = root['qc']; // a pathogen.json
  if (!isObject(root)) return { config: QC_DISABLED, mutationLabels: null, errors: ['qc settings: expected a JSON object'] };
  const rule = (key: string): Json | null => {
    const value = root && (root as Json)[key];
    return isObject(value) && value['enabled'] === true ? value : null;
  };
  const config: QcConfig = structuredClone(QC_DISABLED);

  const missing = rule('missingData');
  if (missing) {
    config.missingData = {
      enabled: true,
      missingDataThreshold: num(missing, 'missingDataThreshold', 'missingData', errors),
      scoreBias: num(missing, 'scoreBias', 'missingData', errors),
    };
  }
  const mixed = rule('mixedSites');
  if (mixed) config.mixedSites = { enabled: true, mixedSitesThreshold: num(mixed, 'mixedSitesThreshold', 'mixedSites', errors) };
  const priv = rule('privateMutations');
  if (priv) {
    config.privateMutations = {
      enabled: true,
      typical: num(priv, 'typical', 'privateMutations', errors),
      cutoff: num(priv, 'cutoff', 'privateMutations', errors),
    };
  }
  const snp = rule('snpClusters');
  if (snp) {
    config.snpClusters = {
      enabled: true,
      windowSize: num(snp, 'windowSize', 'snpClusters', errors),
      clusterCutOff: num(snp, 'clusterCutOff', 'snpClusters', errors),
      scoreWeight: num(snp, 'scoreWeight', 'snpClusters', errors),
    };
  }
  const frame = rule('frameShifts');
  if (frame) {
    const list = Array.isArray(frame['ignoredFrameShifts']) ? frame['ignoredFrameShifts'] : [];
    config.frameShifts = { enabled: true, ignoredFrameShifts: [] };
    list.forEach((entry: unknown, i: number) => {
      const range = isObject(entry) ? entry['codonRange'] : undefined;
      const gene = isObject(entry) ? geneOf(entry) : undefined;
      if (typeof gene !== 'string' || !isObject(range) || typeof range['begin'] !== 'number' || typeof range['end'] !== 'number') {
        errors.push(`frameShifts.ignoredFrameShifts[${i}]: expected { geneName, codonRange: { begin, end } }`);
        return;
      }
      config.frameShifts.ignoredFrameShifts.push({ geneName: gene, codonRange: { begin: range['begin'], end: range['end'] } });
    });
  }
  const stop = rule('stopCodons');
  if (stop) {
    const list = Array.isArray(stop['ignoredStopCodons']) ? stop['ignoredStopCodons'] : [];
    config.stopCodons = { enabled: true, ignoredStopCodons: [] };
    list.forEach((entry: unknown, i: number) => {
      const gene = isObject(entry) ? geneOf(entry) : undefined;
      const codon = isObject(entry) ? entry['codon'] : undefined;
      if (typeof gene !== 'string' || typeof codon !== 'number') {
        errors.push(`stopCodons.ignoredStopCodons[${i}]: expected { geneName, codon }`);
        return;
      }
      config.stopCodons.ignoredStopCodons.push({ geneName: gene, codon });
    });
  }
  return { config, mutationLabels, errors };
}
