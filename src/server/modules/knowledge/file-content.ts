import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import type { DocumentFormat } from '../../../shared/schemas/knowledge';
import { AppError } from '../../errors';
import { extractTextInWorker } from '../../workers/knowledge/extract-text.worker';

const SEARCH_TEXT_MAX_BYTES = 4 * 1024 * 1024;

async function readHead(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(Math.min((await handle.stat()).size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    // Cut at a character boundary: a UTF-8 sequence split at the end decodes to U+FFFD, which is dropped.
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/\uFFFD+$/, '');
  } finally {
    await handle.close();
  }
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class UnsupportedFile extends AppError {
  constructor(message: string) {
    super(415, 'unprocessable', message, [{ path: 'body', message }]);
  }
}

/** The format of a staged file, judged from its bytes, never its name: PDF, DOCX, or UTF-8 text (Markdown). */
export async function detectFormat(path: string): Promise<{ format: DocumentFormat; mediaType: string }> {
  const type = await fileTypeFromFile(path);
  if (type?.mime === 'application/pdf') return { format: 'pdf', mediaType: type.mime };
  if (type?.mime === DOCX) return { format: 'docx', mediaType: type.mime };
  if (type) throw new UnsupportedFile(`the file is ${type.mime}; a document file is PDF, DOCX or Markdown`);
  if (!(await isUtf8Text(path))) throw new UnsupportedFile('the file is neither PDF, DOCX nor UTF-8 Markdown text');
  return { format: 'md', mediaType: 'text/markdown; charset=utf-8' };
}

/** Whether the file decodes as UTF-8 without NUL bytes, read in chunks. */
async function isUtf8Text(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) return false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** The text of a file, for search, extracted in a worker thread (never on the request thread). */
export async function extractFileText(path: string, format: DocumentFormat): Promise<string> {
  // Markdown is the file itself; a worker would cost more than reading it. Only its first 4 MB are indexed, so
  // a large upload is never read whole into memory.
  if (format === 'md') return readHead(path, SEARCH_TEXT_MAX_BYTES);
  const text = await extractTextInWorker(path, format);
  if (text === null) throw new UnsupportedFile(format === 'pdf' ? 'the PDF could not be read' : 'the DOCX could not be read');
  return text;
}
