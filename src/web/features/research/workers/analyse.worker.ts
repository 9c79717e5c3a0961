import { analyseGenome, failedAnalysis } from '../../../../core/genome/analyse-genome';
import { parseDataset, type Dataset } from '../../../../core/genome/dataset';
import { parseFasta } from '../../../../core/genome/parse/fasta-parser';
import type { AnalyseMessage, AnalyseRequest } from './analyse-messages';

// Runs the genome analysis engine in the browser, off the page's thread: fetches the pathogen dataset
// once from the public API, then analyses each genome of the FASTA it is given. Nothing is uploaded.

interface WorkerScope {
  postMessage(message: AnalyseMessage): void;
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

const FILES = { referenceFasta: 'reference.fasta', annotationGff3: 'genome_annotation.gff3', cladesTsv: 'clades.tsv', qcJson: 'qc.json' } as const;
let dataset: Promise<Dataset> | null = null;

async function loadDataset(): Promise<Dataset> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([key, file]) => {
      const response = await fetch(`/api/research/dataset/files/${file}`);
      if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
      return [key, await response.text()] as const;
    }),
  );
  const texts = Object.fromEntries(entries) as Record<keyof typeof FILES, string>;
  // The reference tree is optional (404 without one); with it, clades and QC equal the server's.
  const tree = await fetch('/api/research/dataset/files/tree.json');
  if (!tree.ok && tree.status !== 404) throw new Error(`tree.json: ${tree.status} ${tree.statusText}`);
  const outcome = parseDataset({ name: 'dataset', ...texts, referenceTreeJson: tree.ok ? await tree.text() : null });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.dataset;
}

scope.onmessage = (event) => {
  void (async () => {
    try {
      dataset ??= loadDataset();
      const d = await dataset;
      scope.postMessage({ kind: 'dataset-ready' });
      const records = parseFasta(event.data.fasta);
      scope.postMessage({ kind: 'started', total: records.length });
      records.forEach((record, index) => {
        const result =
          record.error === null ? analyseGenome({ name: record.name, sequence: record.sequence }, d) : failedAnalysis(record.name, [`line ${record.line}: ${record.error}`]);
        scope.postMessage({ kind: 'result', index, result });
      });
      scope.postMessage({ kind: 'done' });
    } catch (error) {
      dataset = null;
      scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
