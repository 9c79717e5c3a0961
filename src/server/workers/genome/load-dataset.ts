import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type Dataset, type DatasetTexts } from '../../../core/genome/dataset';

// A pathogen dataset is a folder of four files, and optionally a reference tree (tree.json); this
// reads them and hands the texts to the pure parser in src/core/genome. Problems are reported all at
// once, each naming the file at fault.

export const DATASET_FILES = {
  referenceFasta: 'reference.fasta',
  annotationGff3: 'genome_annotation.gff3',
  cladesTsv: 'clades.tsv',
  qcJson: 'qc.json',
} as const;

/** Without it, clades come from clades.tsv alone and QC counts private mutations against them (ADR 013). */
export const TREE_FILE = 'tree.json';

type TextKey = keyof typeof DATASET_FILES;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The dataset shipped with Concord (data/datasets/sars-cov-2 in the repository). */
export const DEFAULT_DATASET_DIR = resolve(fileURLToPath(new URL('../../../../data/datasets/sars-cov-2', import.meta.url)));

export class DatasetLoadError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`cannot load the dataset in ${dir}:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetLoadError';
  }
}

const describe = (file: string, error: unknown): string =>
  `${file}: ${isMissing(error) ? 'missing' : (error as Error).message}`;

function build(dir: string, read: Array<[TextKey, string | { problem: string }]>, tree: string | null): Dataset {
  const problems = read.flatMap(([, v]) => (typeof v === 'string' ? [] : [v.problem]));
  if (problems.length > 0) throw new DatasetLoadError(dir, problems);
  const texts = Object.fromEntries(read) as Omit<DatasetTexts, 'name'>;
  const outcome = parseDataset({ name: basename(resolve(dir)), ...texts, referenceTreeJson: tree });
  if (!outcome.ok) throw new DatasetLoadError(dir, outcome.errors);
  return outcome.dataset;
}

export async function loadDataset(dir: string): Promise<Dataset> {
  const read = await Promise.all(
    (Object.entries(DATASET_FILES) as [TextKey, string][]).map(async ([key, file]): Promise<[TextKey, string | { problem: string }]> => {
      try {
        return [key, await readFile(join(dir, file), 'utf8')];
      } catch (error) {
        return [key, { problem: describe(file, error) }];
      }
    }),
  );
  const tree = await readFile(join(dir, TREE_FILE), 'utf8').catch((error: unknown) => {
    if (isMissing(error)) return null;
    throw new DatasetLoadError(dir, [describe(TREE_FILE, error)]);
  });
  return build(dir, read, tree);
}

/** For worker start-up, where a synchronous read is simplest. */
export function loadDatasetSync(dir: string): Dataset {
  const read = (Object.entries(DATASET_FILES) as [TextKey, string][]).map(([key, file]): [TextKey, string | { problem: string }] => {
    try {
      return [key, readFileSync(join(dir, file), 'utf8')];
    } catch (error) {
      return [key, { problem: describe(file, error) }];
    }
  });
  let tree: string | null = null;
  try {
    tree = readFileSync(join(dir, TREE_FILE), 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw new DatasetLoadError(dir, [describe(TREE_FILE, error)]);
  }
  return build(dir, read, tree);
}

/**
 * A digest of the dataset's files as the analysis reads them (the four texts and the tree, if any): a stored
 * analysis made with other files is stale (ADR 014). A missing file digests as absent, not as an error: the
 * analysis of such a dataset fails on its own.
 */
export async function datasetDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [...Object.values(DATASET_FILES), TREE_FILE]) {
    const text = await readFile(join(dir, file)).catch(() => null);
    hash.update(`${file}\0${text === null ? -1 : text.length}\0`);
    if (text) hash.update(text);
  }
  return hash.digest('hex');
}
