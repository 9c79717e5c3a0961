import type { NucSubstitution, QcResult } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/**
 * Clusters of private substitutions (Nextclade v1's findSnpClusters): slide over the sorted
 * positions keeping those within windowSize of the current one; more than clusterCutOff in the
 * window is a cluster, and consecutive positions extend the same cluster. Score: scoreWeight per cluster.
 */
export function findSnpClusters(positions: number[], config: QcConfig['snpClusters']): number[][] {
  const sorted = [...positions].sort((a, b) => a - b);
  const window: number[] = [];
  const clusters: number[][] = [];
  let previous = -1;
  for (const pos of sorted) {
    window.push(pos);
    while (window[0]! < pos - config.windowSize) window.shift();
    if (window.length > config.clusterCutOff) {
      const last = clusters[clusters.length - 1];
      if (last !== undefined && last[last.length - 1] === previous) last.push(pos);
      else clusters.push([...window]);
    }
    previous = pos;
  }
  return clusters;
}

export function ruleSnpClusters(privateSubstitutions: NucSubstitution[], config: QcConfig['snpClusters']): QcResult['snpClusters'] {
  if (!config.enabled) return null;
  const clusters = findSnpClusters(privateSubstitutions.map((s) => s.pos), config);
  const clusteredSNPs = clusters.map((c) => ({ begin: c[0]!, end: c[c.length - 1]!, numberOfSNPs: c.length }));
  const score = Math.max(0, clusters.length * config.scoreWeight);
  return { score, status: qcStatus(score), totalSNPs: clusteredSNPs.reduce((n, c) => n + c.numberOfSNPs, 0), clusteredSNPs };
}
