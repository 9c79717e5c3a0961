import { runInWorker, serveInWorker } from '../run-in-worker';
import { prepare, type PreparedBody } from '../../http/prepared-body';
import { worldSeries, type WorldInput } from '../../../core/situation/picture';

// The world totals, their indicators, their JSON and its compression, in a worker thread: each costs the span
// of the data in days, so none of it may run on the request loop (a far-future date once made it 35 s).

export async function computeWorldInWorker(input: WorldInput, tag: string): Promise<PreparedBody> {
  const transfer = input.countries.flatMap((c) => [c.cases.buffer, c.deaths.buffer]);
  const body = await runInWorker<{ input: WorldInput; tag: string }, PreparedBody>(import.meta.url, { input, tag }, { transfer });
  // A Buffer crosses threads as a plain Uint8Array: make each a Buffer again (a view, not a copy).
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { json: buffer(body.json), gzip: buffer(body.gzip), brotli: buffer(body.brotli), etag: body.etag };
}

// Not transferred back: a small Buffer may sit in Node's shared pool, which cannot be handed over.
serveInWorker<{ input: WorldInput; tag: string }, PreparedBody>(import.meta.url, ({ input, tag }) => ({ result: prepare(worldSeries(input), tag) }));
