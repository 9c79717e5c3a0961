import type { TFunction } from 'i18next';
import { ResultRecordSchema, type ResultDetail, type ResultRecordInput } from '../../../../shared/schemas/research-results';
import { isApiRequestError } from '../../../lib/api-client';
import { detailMessage } from '../../../lib/field-errors';

// The result form's state and its errors per field path ("title", "trial.arms.0.size"), from the shared
// schema before sending and from the server's details after.

/** Examples shown in empty fields: identifiers and codes, the same in every language. */
export const EXAMPLES = {
  country: 'KEN',
  countries: 'KEN, UGA',
  doi: '10.1056/NEJMoa2021436',
  registryIds: 'ChiCTR2000029308, NCT04381936',
  topics: 'covid-19, treatment',
  interventions: 'corticosteroids, dexamethasone',
  date: '2020-07-17',
  genomes: '12, 15',
};

export const listText = (xs: (string | number)[]) => xs.join(', ');
export const splitList = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export const blankRecord = (): ResultRecordInput => ({
  kind: 'trial-result',
  title: '',
  abstract: '',
  authors: [{ name: '', affiliation: '', country: '' }],
  registryIds: [],
  date: '',
  licence: 'CC-BY-4.0',
  language: 'en',
  topics: [],
  interventions: [],
  genomes: [],
  trial: blankTrial(),
});

export const blankTrial = (): NonNullable<ResultRecordInput['trial']> => ({
  phase: '2',
  allocation: 'randomised',
  masking: 'open-label',
  status: 'completed',
  countries: [],
  arms: [
    { label: '', intervention: '', size: 0, control: false },
    { label: '', intervention: '', size: 0, control: true },
  ],
  outcomes: [{ name: '', primary: true, measure: 'risk-ratio', estimate: 1, lower: 1, upper: 1, level: 0.95 }],
  summary: '',
});

/** A stored result (or an imported draft) as the form's starting state. */
export function recordOfDetail(d: ResultDetail): ResultRecordInput {
  if (d.record) return { ...d.record };
  const stub = d.stub;
  return {
    ...blankRecord(),
    kind: 'paper',
    trial: undefined,
    title: stub?.title ?? '',
    doi: stub?.doi,
    abstract: stub?.abstract ?? '',
    journal: stub?.journal,
    date: stub?.date ?? '',
    authors: stub && stub.authors.length > 0 ? stub.authors.map((name) => ({ name, affiliation: '', country: '' })) : blankRecord().authors,
  };
}

/**
 * Problems of the record by field path, as the shared schema finds them (empty when it may be sent): bounds,
 * formats and choices in the reader's language; the core's own checks (registry forms, intervals) as it words them.
 */
export function clientErrors(record: ResultRecordInput, t: TFunction): Record<string, string> {
  const checked = ResultRecordSchema.safeParse(record);
  if (checked.success) return {};
  const out: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const key = issue.path.join('.');
    const bound = issue as { minimum?: number | bigint; maximum?: number | bigint; origin?: string; format?: string };
    const detail = { path: key, message: issue.message, code: issue.code, origin: bound.origin, format: bound.format, minimum: bound.minimum === undefined ? undefined : Number(bound.minimum), maximum: bound.maximum === undefined ? undefined : Number(bound.maximum) };
    out[key] ??= issue.code === 'custom' ? issue.message : detailMessage(detail, t);
  }
  return out;
}

/** The server's refusal by field path (body.record.x → x), in the reader's language where the detail has a code. */
export function serverErrors(error: unknown, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiRequestError(error)) return out;
  for (const d of error.details) {
    const key = d.path.replace(/^body\.record\./, '').replace(/^body\./, '');
    out[key] ??= d.code === undefined || d.code === 'custom' ? d.message : detailMessage(d, t);
  }
  return out;
}
