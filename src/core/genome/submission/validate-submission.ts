import { parseFasta } from '../parse/fasta-parser';
import type { ErrorDetail } from '../../../shared/schemas/errors';
import { METADATA_COLUMNS, type MetadataRow } from '../../../shared/schemas/research';

// Checks a submission (FASTA + metadata TSV) as a whole and lists every problem at once, each with
// where it is: 'metadata line 4: date', 'fasta line 12: sequence'. Pure: what the database knows
// (countries, strains already stored) comes in as arguments.

export interface ValidGenome extends MetadataRow {
  sequence: string;
}

export interface SubmissionCheck {
  genomes: ValidGenome[];
  errors: ErrorDetail[];
}

export interface SubmissionContext {
  isCountry(iso3: string): boolean;
  storedStrains: ReadonlySet<string>;
  /** From the pathogen dataset (its settings.json and reference length); unchecked when absent. */
  limits?: SubmissionLimits;
}

export interface SubmissionLimits {
  maxSequenceLength: number;
  maxNameLength: number;
}

const longerThan = (what: string, length: number, max: number, unit: string) => `the ${what} has ${length.toLocaleString('en')} ${unit}; at most ${max.toLocaleString('en')} are accepted`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The strains a metadata TSV names (to look them up in the database before checking). */
export function metadataStrains(metadata: string): string[] {
  const lines = metadata.split(/\r?\n/);
  const strainAt = (lines[0] ?? '').split('\t').map((c) => c.trim()).indexOf('strain');
  if (strainAt < 0) return [];
  return lines.slice(1).map((l) => (l.split('\t')[strainAt] ?? '').trim()).filter((s) => s !== '');
}

export function checkSubmission(fasta: string, metadata: string, ctx: SubmissionContext): SubmissionCheck {
  const errors: ErrorDetail[] = [];
  const sequences = new Map<string, { line: number; sequence: string }>();
  const limits = ctx.limits;
  for (const record of parseFasta(fasta)) {
    if (limits && record.name.length > limits.maxNameLength) {
      errors.push({ path: `fasta line ${record.line}: name`, message: longerThan('strain name', record.name.length, limits.maxNameLength, 'characters') });
    } else if (record.error !== null) {
      errors.push({ path: `fasta line ${record.line}: sequence`, message: record.error });
    } else if (limits && record.sequence.length > limits.maxSequenceLength) {
      errors.push({ path: `fasta line ${record.line}: sequence`, message: `${longerThan('sequence', record.sequence.length, limits.maxSequenceLength, 'bases')} (the pathogen dataset's limit, a multiple of its reference length)` });
    } else if (sequences.has(record.name)) {
      errors.push({ path: `fasta line ${record.line}: name`, message: `strain '${record.name}' appears twice in the FASTA (first at line ${sequences.get(record.name)!.line})` });
    } else {
      sequences.set(record.name, { line: record.line, sequence: record.sequence });
    }
  }

  const lines = metadata.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const at = Object.fromEntries(METADATA_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof METADATA_COLUMNS)[number], number>;
  const missingColumns = METADATA_COLUMNS.filter((c) => at[c] < 0);
  if (missingColumns.length > 0) {
    for (const c of missingColumns) errors.push({ path: `metadata line 1: ${c}`, message: `missing column '${c}' (expected the columns ${METADATA_COLUMNS.join(', ')})` });
    return { genomes: [], errors };
  }

  const genomes: ValidGenome[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '') continue;
    const lineNo = i + 1;
    const cells = text.split('\t');
    const get = (c: (typeof METADATA_COLUMNS)[number]) => (cells[at[c]] ?? '').trim();
    const where = (c: string) => `metadata line ${lineNo}: ${c}`;
    const rowErrors: ErrorDetail[] = [];
    const strain = get('strain');
    if (strain === '') rowErrors.push({ path: where('strain'), message: 'expected the strain name, as in the FASTA header' });
    else if (limits && strain.length > limits.maxNameLength) rowErrors.push({ path: where('strain'), message: longerThan('strain name', strain.length, limits.maxNameLength, 'characters') });
    else if (seen.has(strain)) rowErrors.push({ path: where('strain'), message: `strain '${strain}' appears twice in the metadata (first at line ${seen.get(strain)})` });
    else if (ctx.storedStrains.has(strain)) rowErrors.push({ path: where('strain'), message: `strain '${strain}' is already in the repository` });
    else if (!sequences.has(strain)) rowErrors.push({ path: where('strain'), message: `no FASTA record named '${strain}'` });
    if (strain !== '' && !seen.has(strain)) seen.set(strain, lineNo);
    const date = get('date');
    if (!isValidIsoDate(date)) rowErrors.push({ path: where('date'), message: `expected a collection date as YYYY-MM-DD, got '${date}'` });
    const country = get('country').toUpperCase();
    if (!ctx.isCountry(country)) rowErrors.push({ path: where('country'), message: `expected an ISO 3166-1 alpha-3 country code such as KEN, got '${get('country')}'` });
    errors.push(...rowErrors);
    const sequence = sequences.get(strain);
    if (rowErrors.length === 0 && sequence) {
      genomes.push({ strain, date, country, host: get('host'), originating_lab: get('originating_lab'), submitting_lab: get('submitting_lab'), sequence: sequence.sequence });
    }
  }

  for (const [name, { line }] of sequences) {
    if (!seen.has(name)) errors.push({ path: `fasta line ${line}: name`, message: `no metadata row for strain '${name}'` });
  }
  if (sequences.size === 0 && errors.length === 0) errors.push({ path: 'fasta line 1: sequence', message: 'the FASTA holds no sequence' });
  return { genomes: errors.length === 0 ? genomes : [], errors };
}
