// Reads a chosen file as text, gunzipping it in the browser when it is gzip (by its first two bytes, not its
// name): FASTA, TSV and CSV files are often published as .gz, and read raw they gave hundreds of bogus errors.

/** A file that starts like gzip but does not decompress (cut short or damaged). */
export class CorruptGzipError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not a valid gzip file`);
    this.name = 'CorruptGzipError';
  }
}

const isGzip = (head: Uint8Array) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

export async function readTextFile(file: Blob & { name: string }): Promise<string> {
  if (!isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()))) return file.text();
  try {
    return await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text();
  } catch {
    throw new CorruptGzipError(file.name);
  }
}
