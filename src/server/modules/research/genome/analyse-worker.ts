import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyseGenome, failedAnalysis } from '../../../../core/genome/analyse-genome';
import type { AnalysisResult } from '../../../../core/genome/analysis-result';
import { loadDatasetSync } from './load-dataset';

// The body of an analysis worker thread: loads the dataset once, then answers each genome message
// with its analysis. Started by analyse-pool.ts (through tsx, see start-worker there).

export const ANALYSE_WORKER_FLAG = 'concord:analyse-genome';

export interface AnalyseWorkerData {
  flag: typeof ANALYSE_WORKER_FLAG;
  datasetDir: string;
}

export interface AnalyseTask {
  id: number;
  name: string;
  sequence: string;
}

export type AnalyseReply = { id: number; result: AnalysisResult } | { ready: true } | { fatal: string };

function isWorkerData(data: unknown): data is AnalyseWorkerData {
  return typeof data === 'object' && data !== null && (data as AnalyseWorkerData).flag === ANALYSE_WORKER_FLAG;
}

if (!isMainThread && parentPort !== null && isWorkerData(workerData)) {
  const port = parentPort;
  try {
    const dataset = loadDatasetSync(workerData.datasetDir);
    port.on('message', (task: AnalyseTask) => {
      let result: AnalysisResult;
      try {
        result = analyseGenome({ name: task.name, sequence: task.sequence }, dataset);
      } catch (error) {
        // A defect, not bad input: keep the run going and say what happened in that genome's row.
        result = failedAnalysis(task.name, [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
      }
      port.postMessage({ id: task.id, result } satisfies AnalyseReply);
    });
    port.postMessage({ ready: true } satisfies AnalyseReply);
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) } satisfies AnalyseReply);
  }
}
