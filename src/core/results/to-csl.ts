import type { ResultRecordPart } from './result-record';

// A result as a CSL-JSON item (Citation Style Language 1.0.2 schema), the form citation libraries read and
// from which BibTeX and RIS are written. Authors written "Family, Given" become structured names; others
// (a collaborative group, a name without a comma) stay literal so that nothing is guessed.

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: CslName[];
  issued: { 'date-parts': number[][] };
  abstract?: string;
  DOI?: string;
  URL?: string;
  'container-title'?: string;
  language?: string;
  license?: string;
  note?: string;
  keyword?: string;
}

const CSL_TYPES: Record<string, string> = { paper: 'article-journal', preprint: 'article', dataset: 'dataset', protocol: 'report', 'trial-result': 'article-journal' };

export function cslName(name: string): CslName {
  const [family, given, ...rest] = name.split(',').map((p) => p.trim());
  return given && rest.length === 0 && family ? { family, given } : { literal: name.trim() };
}

/** The parts of a YYYY-MM-DD or YYYY-MM date. */
export const dateParts = (date: string): number[] => date.split('-').map(Number);

export function toCsl(record: ResultRecordPart, id: string, url?: string): CslItem {
  const item: CslItem = {
    id,
    type: CSL_TYPES[record.kind] ?? 'document',
    title: record.title,
    author: record.authors.map((a) => cslName(a.name)),
    issued: { 'date-parts': [dateParts(record.date)] },
    abstract: record.abstract,
    language: record.language,
    license: record.licence,
  };
  if (record.doi) item.DOI = record.doi;
  const link = record.url ?? (record.doi ? `https://doi.org/${record.doi}` : url);
  if (link) item.URL = link;
  if (record.journal) item['container-title'] = record.journal;
  if (record.registryIds.length > 0) item.note = `Trial registration: ${record.registryIds.join(', ')}`;
  const keywords = [...record.topics, ...record.interventions];
  if (keywords.length > 0) item.keyword = keywords.join(', ');
  return item;
}
