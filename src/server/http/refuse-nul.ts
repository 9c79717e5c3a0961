import type { FastifyInstance } from 'fastify';
import { ValidationFailed } from '../errors';

// PostgreSQL text cannot hold U+0000: a path, query or body string carrying it reached the database and came
// back as a 500 there, while SQLite stored it. Refused for every route before validation, on both databases
// alike, naming where it was (found by the route fuzz, issue 12).

/** Parsed JSON, and Fastify's params and query (null-prototype objects, or of a class whose prototype is one). */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** Where in `value` a string holds U+0000 ('body.lines.0.item'), or null; walked without recursion. */
export function nulPath(value: unknown, root: string): string | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      current.forEach((v, i) => stack.push([v, `${path}.${i}`]));
    } else if (current !== null && typeof current === 'object' && isPlain(current)) {
      for (const [k, v] of Object.entries(current)) {
        if (k.includes('\u0000')) return `${path}.(key)`;
        stack.push([v, `${path}.${k}`]);
      }
    }
  }
  return null;
}

export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const path = nulPath(request.params, 'params') ?? nulPath(request.query, 'querystring') ?? nulPath(request.body, 'body');
    if (path === null) return done();
    done(new ValidationFailed('text may not contain the NUL character (U+0000)', [{ path, message: 'remove the NUL character (U+0000)' }]));
  });
}
