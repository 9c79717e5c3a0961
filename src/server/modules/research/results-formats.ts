import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { splitBibtex, splitRis, type ImportProblem } from '../../../core/results/import-entries';
import type { CslItem } from '../../../core/results/to-csl';
import type { ResultStub } from '../../../shared/schemas/research-results';

// Citation formats through citation-js (a maintained library; MIT): CSL-JSON is the form results are mapped
// to in the core (to-csl.ts); BibTeX and RIS are written and read by its plugins. Nothing here fetches:
// citation-js would resolve a bare DOI over the network, so imports hand it only BibTeX or RIS text.

export type CitationFormat = 'bibtex' | 'ris' | 'csl';

export function formatCitations(items: CslItem[], format: CitationFormat): string {
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  if (items.length === 0) return '';
  const text = new Cite(items).format(format);
  // citation-js wraps RIS values at 70 characters and its reader joins the pieces with a space, which breaks
  // "COVID-19" into "COVID- 19": write each value on one line, as the RIS specification allows.
  return format === 'ris' ? text.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-)/g, '') + '\n' : text;
}

/** CSL-JSON items read back from BibTeX, RIS or CSL-JSON text (what the round-trip tests compare). */
export function parseCitations(text: string, format: CitationFormat): Record<string, unknown>[] {
  if (format === 'csl') return JSON.parse(text) as Record<string, unknown>[];
  return new Cite(text, { forceType: format === 'bibtex' ? '@bibtex/text' : '@ris/file' }).data;
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
const nameOf = (n: CslName) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function dateOf(item: Record<string, unknown>): string | undefined {
  const parts = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (!parts || !parts[0]) return undefined;
  return parts
    .slice(0, 3)
    .map((p, i) => (i === 0 ? String(p).padStart(4, '0') : String(p).padStart(2, '0')))
    .join('-');
}

/** What an imported CSL item says of a result, for its author to complete. */
export function stubOf(item: Record<string, unknown>, source: 'ris' | 'bibtex'): ResultStub {
  return {
    title: str(item.title)?.slice(0, 500),
    doi: str(item.DOI)?.slice(0, 300),
    authors: ((item.author as CslName[] | undefined) ?? []).map(nameOf).filter(Boolean).slice(0, 500).map((n) => n.slice(0, 200)),
    date: dateOf(item),
    journal: str(item['container-title'])?.slice(0, 300),
    abstract: str(item.abstract)?.slice(0, 20_000),
    url: str(item.URL)?.slice(0, 1000),
    source,
  };
}

/**
 * The entries of a BibTeX or RIS file, each read on its own so that a problem names its entry and line;
 * an entry with neither a title nor a DOI is a problem too (there is nothing to complete from).
 */
export function readCitationFile(text: string, format: 'ris' | 'bibtex'): { stubs: { stub: ResultStub; entry: number }[]; problems: ImportProblem[] } {
  const split = format === 'bibtex' ? splitBibtex(text) : splitRis(text);
  const problems = [...split.problems];
  const stubs: { stub: ResultStub; entry: number }[] = [];
  if (split.entries.length === 0 && problems.length === 0) problems.push({ line: 1, message: format === 'bibtex' ? 'no @entry{ in the file' : 'no “TY  -” record in the file' });
  for (const e of split.entries) {
    let items: Record<string, unknown>[];
    try {
      items = parseCitations(e.text, format);
    } catch (err) {
      // citation-js's BibTeX parser says "at line L col C" within the entry: give the file's line instead.
      const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      const within = /line (\d+)/.exec(message);
      problems.push({ entry: e.entry, line: within ? e.line + Number(within[1]) - 1 : e.line, message: message.replace(/ at line \d+ col \d+:?/, '').slice(0, 200) });
      continue;
    }
    if (items.length !== 1) {
      problems.push({ entry: e.entry, line: e.line, message: 'could not be read as one reference' });
      continue;
    }
    const stub = stubOf(items[0]!, format);
    if (!stub.title && !stub.doi) problems.push({ entry: e.entry, line: e.line, message: 'has neither a title nor a DOI' });
    else stubs.push({ stub, entry: e.entry });
  }
  return { stubs, problems };
}
