// The rows an import writes, as they cross from the worker thread that parsed the file to the thread that writes
// them: chunks of JSON text. A string crosses threads as one copy, where 400,000 row objects would cost the
// receiving thread most of a second to rebuild (structured clone, measured: ADR 063); each chunk is decoded just
// before its rows are written, so the cost is spread between the writes, with the event loop free in between.

export interface RowChunks<Row> {
  count: number;
  /** Each a JSON array of at most ROWS_PER_CHUNK rows. */
  chunks: string[];
  /** The type of a row (never set). */
  readonly row?: Row;
}

export const ROWS_PER_CHUNK = 1000;

/** `items` as rows, in chunks. */
export function toRowChunks<T, Row>(items: readonly T[], toRow: (item: T) => Row): RowChunks<Row> {
  const chunks: string[] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_CHUNK) chunks.push(JSON.stringify(items.slice(start, start + ROWS_PER_CHUNK).map(toRow)));
  return { count: items.length, chunks };
}

/** A turn of the event loop: what is waiting (a request, a timer) runs before the next chunk. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes the rows chunk by chunk, letting the event loop turn between chunks. */
export async function writeRowChunks<Row>(rows: RowChunks<Row>, write: (chunk: Row[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.chunks.length; i++) {
    if (i > 0) await yieldToLoop();
    await write(JSON.parse(rows.chunks[i]) as Row[]);
  }
}
