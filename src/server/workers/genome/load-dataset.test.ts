import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError, DEFAULT_DATASET_DIR, loadDataset, loadDatasetSync } from './load-dataset';

describe('loading a dataset folder', () => {
  it('reads the shipped SARS-CoV-2 dataset, async and sync alike', async () => {
    const dataset = await loadDataset(DEFAULT_DATASET_DIR);
    expect(dataset.name).toBe('sars-cov-2');
    expect(dataset.reference.sequence).toHaveLength(29_903);
    expect(loadDatasetSync(DEFAULT_DATASET_DIR).genes).toHaveLength(12);
    expect(dataset.prepared.tree?.nodeCount).toBeGreaterThan(2900);
  });

  it('lists every missing or invalid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-dataset-'));
    try {
      writeFileSync(join(dir, 'reference.fasta'), '>r\nACGT\n');
      writeFileSync(join(dir, 'qc.json'), '{');
      const error = await loadDataset(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).problems).toEqual(['genome_annotation.gff3: missing', 'clades.tsv: missing']);
      writeFileSync(join(dir, 'genome_annotation.gff3'), '');
      writeFileSync(join(dir, 'clades.tsv'), 'clade\tgene\tsite\talt\n');
      expect(() => loadDatasetSync(dir)).toThrow(/QC settings: qc settings are not valid JSON/);
      // The reference tree is optional; a broken one is reported like any other file.
      writeFileSync(join(dir, 'qc.json'), '{}');
      expect(loadDatasetSync(dir).prepared.tree).toBeNull();
      writeFileSync(join(dir, 'tree.json'), '{"nodes":[[-1,"19A","A9C"]]}');
      await expect(loadDataset(dir)).rejects.toThrow(/reference tree: node 0 has mutation 'A9C'/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
