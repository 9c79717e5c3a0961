import { normaliseDoi } from './identifiers';

// Splits an imported file into its entries, each with the line it starts on, so that a problem is reported
// at its entry and line; the entries themselves are read by a citation library (server side).

export interface EntryText {
  /** 1-based position of the entry in the file. */
  entry: number;
  /** 1-based line of the file the entry starts on. */
  line: number;
  text: string;
}

export interface ImportProblem {
  entry?: number;
  line: number;
  message: string;
}

/** One DOI a line (blank lines and # comments skipped); each other line is a problem at its line. */
export function parseDoiList(text: string): { dois: { doi: string; line: number }[]; problems: ImportProblem[] } {
  const dois: { doi: string; line: number }[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const doi = normaliseDoi(line);
    if (!doi) problems.push({ line: i + 1, message: `not a DOI: “${line.slice(0, 80)}” (expected e.g. 10.1056/NEJMoa2021436)` });
    else if (seen.has(doi.toLowerCase())) problems.push({ line: i + 1, message: `${doi} is listed twice` });
    else {
      seen.add(doi.toLowerCase());
      dois.push({ doi, line: i + 1 });
    }
  });
  return { dois, problems };
}

/** BibTeX entries: each starts at an `@type{` at the start of a line; text before the first is a problem unless blank or a comment. */
export function splitBibtex(text: string): { entries: EntryText[]; problems: ImportProblem[] } {
  const lines = text.split(/\r?\n/);
  const entries: EntryText[] = [];
  const problems: ImportProblem[] = [];
  let current: { line: number; lines: string[] } | null = null;
  const close = () => {
    if (current) entries.push({ entry: entries.length + 1, line: current.line, text: current.lines.join('\n') });
  };
  lines.forEach((raw, i) => {
    if (/^\s*@\s*[A-Za-z]+\s*[{(]/.test(raw)) {
      close();
      current = { line: i + 1, lines: [raw] };
    } else if (current) current.lines.push(raw);
    else if (raw.trim() && !raw.trim().startsWith('%')) problems.push({ line: i + 1, message: 'text before the first @entry{' });
  });
  close();
  // @comment, @preamble and @string entries carry no reference.
  return { entries: entries.filter((e) => !/^\s*@\s*(comment|preamble|string)\b/i.test(e.text)).map((e, i) => ({ ...e, entry: i + 1 })), problems };
}

/** RIS records: each from `TY  - ` to `ER  - `; a tag line out of a record, or a record left open, is a problem. */
export function splitRis(text: string): { entries: EntryText[]; problems: ImportProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: EntryText[] = [];
  const problems: ImportProblem[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((raw, i) => {
    const tag = /^([A-Z][A-Z0-9]) {2}-( (.*))?$/.exec(raw);
    if (!raw.trim()) return;
    if (!tag) {
      if (current) current.lines.push(raw);
      else problems.push({ line: i + 1, message: 'not a RIS line (expected “XX  - value”)' });
      return;
    }
    if (tag[1] === 'TY') {
      if (current) problems.push({ entry: entries.length + 1, line: current.line, message: 'record not closed by “ER  -” before the next “TY  -”' });
      current = { line: i + 1, lines: [raw] };
    } else if (!current) {
      problems.push({ line: i + 1, message: `${tag[1]} outside a record (each record starts with “TY  -”)` });
    } else if (tag[1] === 'ER') {
      current.lines.push(raw);
      entries.push({ entry: entries.length + 1, line: current.line, text: current.lines.join('\n') });
      current = null;
    } else current.lines.push(raw);
  });
  if (current) problems.push({ entry: entries.length + 1, line: (current as { line: number }).line, message: 'record not closed by “ER  -”' });
  return { entries, problems };
}
