import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Exit code of an input that cannot be used as given (missing, unreadable, corrupt, malformed). */
export const EXIT_BAD_INPUT = 2;

/** An input problem said in a person's words, naming the file; the command exits with EXIT_BAD_INPUT. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/** Why a file cannot be opened, in words, from the system's code (ENOENT and friends). */
export function unreadableReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `there is no file ${path} (check the path and the current folder)`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read: permission denied`;
  return `${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

export const isGzipBytes = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A text input file, plain or gzipped (told by its first bytes, not its name), as a string. A missing
 * file and a corrupt .gz are refused with the file named, never as a bare system error.
 */
export async function readTextInput(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputFileError(unreadableReason(path, error));
  }
  if (!isGzipBytes(bytes)) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new InputFileError(`${path} is not a valid gzip file (corrupt or cut short: ${error instanceof Error ? error.message : String(error)})`);
  }
}
