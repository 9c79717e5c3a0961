import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyseGenome, failedAnalysis } from '../../../core/genome/analyse-genome';
import type { AnalysisResult } from '../../../core/genome/analysis-result';
import type { Dataset } from '../../../core/genome/dataset';
import { formatNdjsonRecord } from '../../../core/genome/output/format-ndjson';
import { formatTsvRow } from '../../../core/genome/output/format-tsv';
import { FastaParser } from '../../../core/genome/parse/fasta-parser';
import type { FastaPiece } from '../../../core/genome/parse/fasta-splitter';
import { loadDatasetSync } from './load-dataset';

// The body of an analysis worker thread: loads the dataset once, then answers each message with its
// analysis — one genome (for the repository, which stores the result), or a batch of raw FASTA
// records that the worker parses, analyses and formats as TSV/NDJSON lines itself (for `concord
// analyse`, so the main thread only cuts records and writes). Started by analyse-pool.ts.

export const ANALYSE_WORKER_FLAG = 'concord:analyse-genome';

export interface AnalyseWorkerData {
  flag: typeof ANALYSE_WORKER_FLAG;
  datasetDir: string;
}

export type AnalyseTask = { id: number; kind: 'genome'; name: string; sequence: string } | { id: number; kind: 'fasta'; pieces: FastaPiece[]; ndjson: boolean };

/** A batch of FASTA records analysed and formatted, in input order. */
export interface FastaBatchResult {
  tsv: string;
  ndjson: string | null;
  genomes: number;
  /** Genomes whose row carries errors. */
  failed: number;
  /** The malformed records' messages (with their line numbers), for stderr. */
  recordErrors: string[];
}

export type AnalyseReply = { id: number; result: AnalysisResult } | { id: number; batch: FastaBatchResult } | { ready: true } | { fatal: string };

function analyseSafely(name: string, sequence: string, dataset: Dataset): AnalysisResult {
  try {
    return analyseGenome({ name, sequence }, dataset);
  } catch (error) {
    // A defect, not bad input: keep the run going and say what happened in that genome's row.
    return failedAnalysis(name, [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

/** Parses each piece (one record each, numbered as in the whole file), analyses it and formats the rows. */
export function analyseFastaPieces(pieces: FastaPiece[], dataset: Dataset, ndjson: boolean): FastaBatchResult {
  let tsv = '';
  let json = '';
  let failed = 0;
  const recordErrors: string[] = [];
  for (const piece of pieces) {
    const parser = new FastaParser(piece.firstLine);
    for (const record of [...parser.push(piece.text), ...parser.end()]) {
      let result: AnalysisResult;
      if (record.error === null) result = analyseSafely(record.name, record.sequence, dataset);
      else {
        recordErrors.push(record.error);
        result = failedAnalysis(record.name || `record ${piece.record} (line ${record.line})`, [record.error]);
      }
      if (result.errors.length > 0) failed++;
      tsv += formatTsvRow(result) + '\n';
      if (ndjson) json += formatNdjsonRecord(result) + '\n';
    }
  }
  return { tsv, ndjson: ndjson ? json : null, genomes: pieces.length, failed, recordErrors };
}

function isWorkerData(data: unknown): data is AnalyseWorkerData {
  return typeof data === 'object' && data !== null && (data as AnalyseWorkerData).flag === ANALYSE_WORKER_FLAG;
}

if (!isMainThread && parentPort !== null && isWorkerData(workerData)) {
  const port = parentPort;
  try {
    const dataset = loadDatasetSync(workerData.datasetDir);
    port.on('message', (task: AnalyseTask) => {
      const reply: AnalyseReply =
        task.kind === 'genome' ? { id: task.id, result: analyseSafely(task.name, task.sequence, dataset) } : { id: task.id, batch: analyseFastaPieces(task.pieces, dataset, task.ndjson) };
      port.postMessage(reply);
    });
    port.postMessage({ ready: true } satisfies AnalyseReply);
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) } satisfies AnalyseReply);
  }
}
