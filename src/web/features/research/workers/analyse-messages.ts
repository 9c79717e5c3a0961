import type { AnalysisResult } from '../../../../core/genome/analysis-result';

// What the page and the analysis worker say to each other.

export interface AnalyseRequest {
  fasta: string;
}

export type AnalyseMessage =
  | { kind: 'dataset-ready' }
  | { kind: 'started'; total: number }
  | { kind: 'result'; index: number; result: AnalysisResult }
  | { kind: 'done' }
  | { kind: 'error'; message: string };
