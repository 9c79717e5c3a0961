import type { AnalysisResult } from '../analysis-result';

/** One JSON object per line: the analysis result itself (camelCase keys, 1-based positions). */
export function formatNdjsonRecord(result: AnalysisResult): string {
  return JSON.stringify(result);
}
