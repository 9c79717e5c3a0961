import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import type { DocumentFormat } from '../../../shared/schemas/knowledge';
import { runInWorker, serveInWorker } from '../run-in-worker';

// The text of an uploaded document file, for search, read in a worker thread: parsing a long PDF (unpdf) or
// DOCX (mammoth) takes seconds and would otherwise hold every other request. The worker reads the staged file
// itself, so only its path goes in and only the text comes back.

interface ExtractRequest {
  path: string;
  format: DocumentFormat;
}
/** `null` text: the file could not be parsed as the format its bytes claim. */
type ExtractResult = { text: string } | { text: null };

export async function extractTextInWorker(path: string, format: DocumentFormat): Promise<string | null> {
  return (await runInWorker<ExtractRequest, ExtractResult>(import.meta.url, { path, format })).text;
}

/** The same extraction on the calling thread: for the worker, and for tests of the extraction alone. */
export async function extractFileTextHere(path: string, format: DocumentFormat): Promise<string | null> {
  if (format === 'md') return readFile(path, 'utf8');
  try {
    if (format === 'docx') return (await mammoth.extractRawText({ path })).value;
    // A PDF without a text layer gives ''.
    return (await extractText(new Uint8Array(await readFile(path)), { mergePages: true })).text;
  } catch {
    return null;
  }
}

serveInWorker<ExtractRequest, ExtractResult>(import.meta.url, async ({ path, format }) => ({ result: { text: await extractFileTextHere(path, format) } }));
