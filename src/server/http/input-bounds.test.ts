import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../test-support/test-app.test-support';

// Every number a caller may send has a lower and an upper bound, so that nothing computed from it overflows
// to Infinity or NaN (which JSON cannot carry: the next read of it would answer 500). Read from the OpenAPI
// document, which the zod schemas of every route produce.

type JsonSchema = { type?: string | string[]; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; [key: string]: unknown };

function unboundedNumbers(schema: unknown, path: string, found: string[]): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => unboundedNumbers(s, `${path}[${i}]`, found));
    return;
  }
  const s = schema as JsonSchema;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('number') || types.includes('integer')) {
    const low = s.minimum ?? s.exclusiveMinimum;
    const high = s.maximum ?? s.exclusiveMaximum;
    const safe = (x: number | undefined) => x !== undefined && Math.abs(x) <= Number.MAX_SAFE_INTEGER;
    if (!safe(low) || !safe(high)) found.push(`${path}: [${low ?? '-∞'}, ${high ?? '∞'}]`);
  }
  for (const [key, value] of Object.entries(s)) if (typeof value === 'object') unboundedNumbers(value, `${path}.${key}`, found);
}

describe('input bounds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(await createTestDatabase('sqlite'));
  });
  afterAll(() => t.close());

  it('bounds every number of every request body, query and path parameter', async () => {
    const doc = (await t.anonymous.request('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown }>> }>();
    const found: string[] = [];
    for (const [url, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        unboundedNumbers(op.requestBody, `${method.toUpperCase()} ${url} body`, found);
        unboundedNumbers(op.parameters, `${method.toUpperCase()} ${url} parameters`, found);
      }
    }
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
