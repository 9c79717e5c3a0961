import { escapeXml } from '../aid-report/iati-activity';

// An Atom 1.0 feed (RFC 4287) of newly published results. Text is escaped and characters XML 1.0 forbids
// are dropped, so the document is well formed whatever a submitter typed.

export interface AtomEntry {
  /** A permanent IRI, e.g. tag:host,2026:research-result/12/v2. */
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  authors: string[];
  summary: string;
  categories: string[];
}

export interface AtomFeedMeta {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  /** The newest entry's time, or the time of the request when there is none. */
  updated: string;
}

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 does not allow
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const text = (value: string) => escapeXml(value.replace(NOT_XML, ''));

export function atomFeed(meta: AtomFeedMeta, entries: AtomEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${text(meta.id)}</id>`,
    `  <title>${text(meta.title)}</title>`,
    `  <updated>${text(meta.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${text(meta.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${text(meta.alternateUrl)}"/>`,
    '  <generator>Concord</generator>',
  ];
  for (const e of entries) {
    lines.push('  <entry>', `    <id>${text(e.id)}</id>`, `    <title>${text(e.title)}</title>`, `    <link rel="alternate" type="text/html" href="${text(e.url)}"/>`);
    lines.push(`    <published>${text(e.published)}</published>`, `    <updated>${text(e.updated)}</updated>`);
    // Atom wants an author per entry when the feed has none.
    for (const name of e.authors.length > 0 ? e.authors : ['Unknown']) lines.push(`    <author><name>${text(name)}</name></author>`);
    for (const c of e.categories) lines.push(`    <category term="${text(c)}"/>`);
    lines.push(`    <summary type="text">${text(e.summary)}</summary>`, '  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
