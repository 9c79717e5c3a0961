import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ID } from '../../shared/schemas/common';
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

/** A field named as an id (`id`, `batchId`, `citizenIds`, `genome_id`) whose value is a number. */
const ID_NAME = /^(id|ids|.+Id|.+Ids|.+_id|.+_ids)$/;

/** The number schemas a value of `schema` may take: itself, its array items, its alternatives. */
function numberLeaves(schema: unknown): JsonSchema[] {
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as JsonSchema;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const own = types.includes('number') || types.includes('integer') ? [s] : [];
  const nested = [s.items, ...((s.anyOf as unknown[]) ?? []), ...((s.oneOf as unknown[]) ?? []), ...((s.allOf as unknown[]) ?? [])].flatMap(numberLeaves);
  return [...own, ...nested];
}

/** Id-like numbers that may exceed what a row id can be (PostgreSQL `integer`): a 500 from the database, not a 400. */
function unboundedIds(schema: unknown, path: string, found: string[]): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) {
      const param = item as { name?: string; schema?: unknown };
      if (typeof param.name === 'string' && param.schema !== undefined) checkId(param.name, param.schema, `${path}.${param.name}`, found);
      unboundedIds(item, `${path}[${i}]`, found);
    }
    return;
  }
  const s = schema as JsonSchema;
  if (s.properties && typeof s.properties === 'object')
    for (const [key, value] of Object.entries(s.properties as Record<string, unknown>)) checkId(key, value, `${path}.${key}`, found);
  for (const [key, value] of Object.entries(s)) if (typeof value === 'object') unboundedIds(value, `${path}.${key}`, found);
}

function checkId(name: string, schema: unknown, path: string, found: string[]): void {
  if (!ID_NAME.test(name)) return;
  for (const leaf of numberLeaves(schema)) {
    const high = leaf.maximum ?? leaf.exclusiveMaximum;
    const low = leaf.minimum ?? leaf.exclusiveMinimum;
    if (high === undefined || high > MAX_ID || low === undefined || low < 0) found.push(`${path}: [${low ?? '-∞'}, ${high ?? '∞'}]`);
  }
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

  it('bounds every id a request may carry by what a row id can be (MAX_ID)', async () => {
    const doc = (await t.anonymous.request('GET', '/api/openapi.json')).json<{ paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown }>> }>();
    const found: string[] = [];
    let checked = 0;
    for (const [url, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        unboundedIds(op.requestBody, `${method.toUpperCase()} ${url} body`, found);
        unboundedIds(op.parameters, `${method.toUpperCase()} ${url} parameters`, found);
        if (JSON.stringify(op.parameters ?? []).includes('"name":"id"')) checked++;
      }
    }
    // The walk reaches the path ids (so it would see an unbounded one).
    expect(checked).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('finds an unbounded id, in a body, an array of ids and a parameter', () => {
    const found: string[] = [];
    unboundedIds({ content: { 'application/json': { schema: { properties: { batchId: { type: 'integer', minimum: 1, maximum: 2 ** 53 }, citizenIds: { type: 'array', items: { type: 'integer' } }, partnerId: { type: 'string' } } } } } }, 'body', found);
    unboundedIds([{ name: 'id', in: 'path', schema: { type: 'integer', minimum: 1 } }, { name: 'genomeId', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_ID } }], 'parameters', found);
    expect(found).toEqual([
      `body.content.application/json.schema.batchId: [1, ${2 ** 53}]`,
      'body.content.application/json.schema.citizenIds: [-∞, ∞]',
      'parameters.id: [1, ∞]',
    ]);
  });
});
