import fc from 'fast-check';

// Arbitraries for the route fuzz: values a schema allows (so requests reach past validation into the services)
// and values no schema should let through (so validation itself is tried). Read from the OpenAPI document.

export type JsonSchema = {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Values an attacker or a broken client sends: wrong types, extremes, long and odd text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -0, -1, 1e308, -1e308, 2 ** 53 + 1, 1e-320, '', ' ', '\u0000', 'NaN', 'Infinity', '-1', '1e308', '9'.repeat(400)),
  fc.constantFrom('x'.repeat(100_000), '漢字'.repeat(5_000), '\u202e\ud835\udd18\u{1F600}', '../../etc/passwd', "' or 1=1 --", '<script>alert(1)</script>', '%00', '2300-12-31', '0000-00-00'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
  fc.integer({ min: 1, max: 4 }).map((n) => nested(400 * n)),
);

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const DATE = fc.date({ min: new Date('2019-12-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') return DATE.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return DATE.map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 1000));
    } catch {
      // a pattern fast-check cannot build from: plain strings below
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) });
}

/** Values the schema accepts (most of them: patterns and formats are followed where fast-check can). */
export function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  const value = ((): fc.Arbitrary<unknown> => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) return fc.oneof(...choices.map((s) => fromSchema(s, depth + 1)));
    if (schema.allOf) return fromSchema(Object.assign({}, ...schema.allOf) as JsonSchema, depth + 1);
    switch (schema.type) {
      case 'string':
        return stringFor(schema);
      case 'integer':
        return fc.integer({ min: Math.ceil(schema.minimum ?? -1e6), max: Math.floor(schema.maximum ?? 1e6) });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(fromSchema(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)) });
      case 'object': {
        const properties = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, sub] of Object.entries(properties)) record[key] = fromSchema(sub, depth + 1);
        return fc.record(record, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
      }
      default:
        return fc.anything({ maxDepth: 1 });
    }
  })();
  return schema.nullable ? fc.option(value, { nil: null, freq: 8 }) : value;
}

/** A valid value with one hostile change: a field of the wrong kind, a required field gone, or all of it. */
export function hostileFromSchema(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema?.properties ?? {});
  const spoiled =
    keys.length === 0
      ? hostileValue
      : fc.tuple(fromSchema(schema), fc.constantFrom(...keys), hostileValue, fc.boolean()).map(([valid, key, bad, drop]) => {
          const copy = { ...(valid as Record<string, unknown>) };
          if (drop) delete copy[key];
          else copy[key] = bad;
          return copy;
        });
  return fc.oneof(spoiled, hostileValue);
}

/** A value as a URL carries it: strings as they are, anything else as JSON (objects without a prototype too). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

/** Query parameters, each a schema value or a hostile one, as strings the way a URL carries them. */
export function queryFrom(parameters: Array<{ name: string; in: string; schema?: JsonSchema }>): fc.Arbitrary<Array<[string, string]>> {
  const query = parameters.filter((p) => p.in === 'query');
  const one = (p: { name: string; schema?: JsonSchema }) =>
    fc.oneof({ weight: 3, arbitrary: fromSchema(p.schema) }, { weight: 1, arbitrary: hostileValue }).map((v): [string, string] => [p.name, asText(v)]);
  const extras = fc.array(fc.tuple(fc.constantFrom(...query.map((p) => p.name), 'extra', '__proto__', 'constructor'), hostileValue.map((v) => asText(v).slice(0, 2000))), { maxLength: 2 });
  return fc.tuple(fc.tuple(...query.map((p) => fc.option(one(p), { nil: undefined, freq: 4 }))), extras).map(([given, extra]) => [...given.filter((x): x is [string, string] => x !== undefined), ...extra]);
}

/** A path parameter: one that exists in the test data, one the schema allows, or one that is hostile. */
export function pathValue(name: string, schema: JsonSchema | undefined): fc.Arbitrary<string> {
  const known = name === 'iso3' || name === 'partnerId' ? fc.constantFrom('KEN', 'UGA', 'ORG-WHO') : fc.constantFrom('1', '2', 'POST-TEST');
  return fc.oneof(known, fromSchema(schema).map(asText), hostileValue.map((v) => asText(v).slice(0, 3000)));
}
