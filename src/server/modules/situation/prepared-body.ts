import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** A response body serialised and compressed once (gzip and brotli), with an entity tag for conditional requests. */
export interface PreparedBody {
  json: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

// Compressed once per data version, so the slowest settings cost nothing per request.
export function prepare(body: unknown, tag: string): PreparedBody {
  const json = Buffer.from(JSON.stringify(body));
  return {
    json,
    gzip: gzipSync(json, { level: 9 }),
    brotli: brotliCompressSync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length } }),
    etag: `"${tag}"`,
  };
}
