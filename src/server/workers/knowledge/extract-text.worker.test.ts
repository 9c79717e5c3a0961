import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { minimalDocx, minimalPdf } from '../../modules/knowledge/knowledge.test-support';
import { extractTextInWorker } from './extract-text.worker';

const dir = mkdtempSync(path.join(tmpdir(), 'concord-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

it('extracts the text of a PDF and a DOCX in a worker thread, and answers null for a PDF it cannot parse', async () => {
  expect((await extractTextInWorker(file('a.pdf', minimalPdf('Dexamethasone 6 mg daily')), 'pdf'))?.trim()).toBe('Dexamethasone 6 mg daily');
  expect((await extractTextInWorker(file('a.docx', minimalDocx('Plan de traitement\nDeuxième ligne')), 'docx'))?.trim()).toBe('Plan de traitement\n\nDeuxième ligne');
  expect(await extractTextInWorker(file('broken.pdf', Buffer.from('%PDF-1.4\nnot really a PDF')), 'pdf')).toBeNull();
}, 60_000);
