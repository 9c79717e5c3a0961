import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Bodies that many requests read unchanged (an overview, the world series): serialised and compressed once
// per data version by whoever caches them, then sent in the encoding each client accepts, or 304.

/** A response body serialised and compressed once (gzip and brotli), with an entity tag for conditional requests. */
export interface PreparedBody {
  json: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

/** Compressed at the highest settings: they cost nothing per request once done. `tag` must change with the content. */
export function prepare(body: unknown, tag: string): PreparedBody {
  const json = Buffer.from(JSON.stringify(body));
  return {
    json,
    gzip: gzipSync(json, { level: 9 }),
    brotli: brotliCompressSync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length } }),
    etag: `"${tag}"`,
  };
}

const ENCODINGS = ['br', 'gzip', 'identity'];

/**
 * Sends a body serialised once (and typed by its schema when it was built), in the best encoding the client
 * accepts (brotli, gzip, none), or 304 when the client already holds this version.
 */
export function sendPrepared(request: FastifyRequest, reply: FastifyReply, body: PreparedBody) {
  reply.header('etag', body.etag).header('vary', 'accept-encoding').header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === body.etag) return reply.status(304).send();
  reply.type('application/json; charset=utf-8');
  const accepted = request.headers['accept-encoding'];
  const encoding = accepted ? negotiate(accepted, ENCODINGS) : 'identity';
  if (encoding === 'br') return reply.header('content-encoding', 'br').send(body.brotli);
  if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send(body.gzip);
  return reply.send(body.json);
}

