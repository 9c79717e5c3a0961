import type { AnalysisResult } from '../analysis-result';

// The reconstruction property: the reference, with a result's substitutions, deletions, insertions
// and ambiguity codes applied over its aligned range, is the query again (N runs aside, where the
// reference letter stands in for the unknown one).

export function rebuildQuery(reference: string, result: AnalysisResult): string {
  if (result.alignmentStart === null || result.alignmentEnd === null) return '';
  const letters = reference.split('');
  for (const s of result.substitutions) letters[s.pos - 1] = s.queryNuc;
  for (const r of result.nonACGTNs) for (let p = r.begin; p <= r.end; p++) letters[p - 1] = r.character;
  for (const d of result.deletions) for (let p = d.begin; p <= d.end; p++) letters[p - 1] = '';
  const insertions = new Map(result.insertions.map((i) => [i.pos, i.ins]));
  let out = insertions.get(0) ?? '';
  for (let p = 1; p <= reference.length; p++) {
    if (p >= result.alignmentStart && p <= result.alignmentEnd) out += letters[p - 1];
    out += insertions.get(p) ?? '';
  }
  return out;
}

/** `text` with an N wherever `query` has one (same length), else `text` unchanged. */
export function maskN(text: string, query: string): string {
  if (text.length !== query.length) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += query[i] === 'N' ? 'N' : text[i];
  return out;
}
