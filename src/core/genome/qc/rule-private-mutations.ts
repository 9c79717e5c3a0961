import type { PrivateMutations, QcResult } from '../analysis-result';
import type { QcConfig } from '../parse/qc-config';
import { qcStatus } from './qc-status';

/**
 * Private mutations: substitutions one by one plus deletion runs (and insertions, where a tree
 * placement lists them, as Nextclade v1.4 counts every one), beyond the `typical` number; the
 * score reaches 100 when the excess equals `cutoff` (Nextclade v1's rulePrivateMutations). What
 * counts as private is decided in clade/private-mutations.ts.
 */
export function rulePrivateMutations(privateMutations: PrivateMutations, config: QcConfig['privateMutations']): QcResult['privateMutations'] {
  if (!config.enabled) return null;
  const total = privateMutations.substitutions.length + privateMutations.deletions.length + (privateMutations.insertions?.length ?? 0);
  const score = (Math.max(0, total - config.typical) * 100) / config.cutoff;
  return { score, status: qcStatus(score), total, excess: total - config.typical, cutoff: config.cutoff };
}
