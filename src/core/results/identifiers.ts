// Identifiers of research results, checked for form only (no network): DOIs and clinical-trial registry ids.
// Registry forms: ClinicalTrials.gov (NCT + 8 digits), the Chinese Clinical Trial Registry (ChiCTR + 10
// digits, or the pre-2016 ChiCTR-XXX-8 digits), ISRCTN (+ 8 digits), EudraCT (YYYY-NNNNNN-CC) and CTRI.

export const REGISTRIES = ['NCT', 'ChiCTR', 'ISRCTN', 'EudraCT', 'CTRI'] as const;
export type Registry = (typeof REGISTRIES)[number];

const REGISTRY_FORMS: [Registry, RegExp][] = [
  ['NCT', /^NCT\d{8}$/],
  ['ChiCTR', /^ChiCTR(\d{10}|-[A-Z]{2,4}-\d{8})$/],
  ['ISRCTN', /^ISRCTN\d{8}$/],
  ['EudraCT', /^\d{4}-\d{6}-\d{2}$/],
  ['CTRI', /^CTRI\/\d{4}\/\d{2,3}\/\d{6}$/],
];

/** The registry an id is written for, or null when it has none of their forms. */
export function registryOf(id: string): Registry | null {
  return REGISTRY_FORMS.find(([, form]) => form.test(id))?.[0] ?? null;
}

/** What a reader is told when a registry id has the wrong form: the closest registry's form when its prefix is there. */
export function registryIdProblem(id: string): string | null {
  if (registryOf(id)) return null;
  if (/^nct/i.test(id)) return 'an NCT number is NCT and 8 digits, such as NCT04381936';
  if (/^chictr/i.test(id)) return 'a ChiCTR number is ChiCTR and 10 digits, such as ChiCTR2000029308 (or ChiCTR-IOR-17013287)';
  if (/^isrctn/i.test(id)) return 'an ISRCTN number is ISRCTN and 8 digits, such as ISRCTN50189673';
  return 'expected a registry id such as NCT04381936, ChiCTR2000029308 or ISRCTN50189673';
}

const DOI_FORM = /^10\.\d{4,9}\/\S+$/;

/** A DOI as stored: the bare `10.x/y`, from a bare DOI, a `doi:` prefix or a doi.org address; null if none of those. */
export function normaliseDoi(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^doi:\s*/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  return DOI_FORM.test(bare) ? bare : null;
}

/** DOIs are case-insensitive (the DOI Handbook, 2.4): the key two spellings of one DOI share. */
export const doiKey = (doi: string) => doi.toLowerCase();
