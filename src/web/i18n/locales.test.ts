import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Tree = { [key: string]: string | string[] | Tree };

/** Every leaf as `a.b.c` → value; arrays are leaves (their length must match too). */
function flatten(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix && !prefix.endsWith(':') ? `${prefix}.${key}` : `${prefix}${key}`;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Every namespace at once: the shell's keys as they are, a feature's as `feature:key`.
const flattenAll = (language: 'en' | 'zh') =>
  new Map(
    Object.entries(resources[language]).flatMap(([ns, tree]) => [...flatten(tree as Tree, ns === 'translation' ? '' : `${ns}:`)]),
  );
const english = flattenAll('en');
const chinese = flattenAll('zh');

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const missingInZh = [...english.keys()].filter((k) => !chinese.has(k));
    const extraInZh = [...chinese.keys()].filter((k) => !english.has(k));
    expect({ missingInZh, extraInZh }).toEqual({ missingInZh: [], extraInZh: [] });
  });

  it('use the same interpolation variables and list lengths for each key', () => {
    const mismatches: string[] = [];
    for (const [key, value] of english) {
      const other = chinese.get(key);
      if (other === undefined) continue;
      if (Array.isArray(value) !== Array.isArray(other)) mismatches.push(`${key}: list in one file only`);
      else if (Array.isArray(value) && Array.isArray(other) && value.length !== other.length)
        mismatches.push(`${key}: ${value.length} vs ${other.length} items`);
      else if (typeof value === 'string' && typeof other === 'string' && variables(value).join() !== variables(other).join())
        mismatches.push(`${key}: {{${variables(value).join(',')}}} vs {{${variables(other).join(',')}}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('have no empty strings', () => {
    const empty = [...english, ...chinese].filter(([, v]) => (Array.isArray(v) ? v.some((s) => !s.trim()) : !v.trim())).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('translate into Chinese rather than copy the English', () => {
    // Names that stay the same in both languages: the product, codes, database names, and each language's own name.
    const same = new Set([
      'app.name',
      'app.documentTitle',
      'language.en',
      'language.zh',
      'common.none',
      'health.db.sqlite',
      'health.db.postgres',
      'countries.columns.iso3',
      'countries.columns.iso2',
    ]);
    const copied = [...english].filter(([k, v]) => !same.has(k) && JSON.stringify(chinese.get(k)) === JSON.stringify(v)).map(([k]) => k);
    expect(copied).toEqual([]);
  });
});
