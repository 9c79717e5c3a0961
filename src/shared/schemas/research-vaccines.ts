import { z } from 'zod';
import { Iso3Schema, MAX_ID } from './common';

// The vaccine R&D tracker (issue 16): candidates by technical route, with developers, international
// partners, trials and published results, each record citing its public sources. Researchers propose
// edits; moderators publish them.

export const VACCINE_ROUTES = ['inactivated', 'recombinant-protein', 'adenovirus-vector', 'influenza-virus-vector', 'nucleic-acid'] as const;
export type VaccineRoute = (typeof VACCINE_ROUTES)[number];
export const TRIAL_PHASES = ['1', '1/2', '2', '2/3', '3', '1/2/3', '4'] as const;
export const ADMINISTRATIONS = ['intramuscular', 'intradermal', 'intranasal', 'oral', 'other'] as const;
/** Who publishes researchers' proposed edits. */
export const VACCINE_MODERATORS = ['expert', 'admin'] as const;

/** ClinicalTrials.gov, ChiCTR, ISRCTN, EudraCT and CTRI identifiers, checked for form. */
export const REGISTRY_ID = /^(NCT\d{8}|ChiCTR\d{10}|ChiCTR-[A-Z]{2,4}-\d{8}|ISRCTN\d{8}|\d{4}-\d{6}-\d{2}|CTRI\/\d{4}\/\d{2,3}\/\d{6})$/;
const RegistryIdSchema = z.string().trim().regex(REGISTRY_ID, 'expected a registry id such as NCT04368728, ChiCTR2000032459, ISRCTN89951424, 2020-001038-36 (EudraCT) or CTRI/2020/07/026300');
/** A date known to the month or to the day. */
const PartialDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected a date as YYYY-MM or YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const OrganisationSchema = z.object({ name: text(200), country: Iso3Schema });

export const VaccineTrialSchema = z.object({
  phase: z.enum(TRIAL_PHASES, { message: `expected a phase: ${TRIAL_PHASES.join(', ')}` }),
  registryId: RegistryIdSchema,
  countries: z.array(Iso3Schema).max(60),
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
  /** False when the id, dates or countries were not checked against the registry itself. */
  verified: z.boolean(),
});

export const VaccineResultSchema = z.object({
  phase: z.enum(TRIAL_PHASES),
  date: PartialDateSchema,
  summary: text(2000),
  citation: text(400),
  doi: z.string().trim().regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1056/NEJMoa2034577').optional(),
  verified: z.boolean(),
});

export const VaccineCandidateInputSchema = z.object({
  name: text(200),
  route: z.enum(VACCINE_ROUTES, { message: `expected a route: ${VACCINE_ROUTES.join(', ')}` }),
  platform: text(500),
  developers: z.array(OrganisationSchema).min(1, 'at least one developer').max(20),
  partners: z.array(OrganisationSchema.extend({ role: z.string().trim().max(300).optional() })).max(50),
  doses: z.number().int().min(1).max(6).nullable(),
  doseIntervalDays: z.number().int().min(1).max(400).nullable(),
  administration: z.enum(ADMINISTRATIONS),
  trials: z.array(VaccineTrialSchema).max(50),
  results: z.array(VaccineResultSchema).max(30),
  sources: z.array(z.object({ title: text(400), url: z.url({ protocol: /^https?$/, message: 'expected an http(s) address' }).max(1000) })).min(1, 'cite at least one public source').max(60),
  /** False while any part of the record is unchecked against its source. */
  verified: z.boolean(),
  note: z.string().trim().max(2000).optional(),
});
export type VaccineCandidateInput = z.infer<typeof VaccineCandidateInputSchema>;

export const VaccineCandidateSchema = VaccineCandidateInputSchema.extend({ id: z.number().int(), slug: z.string(), updatedAt: z.string() });
export type VaccineCandidate = z.infer<typeof VaccineCandidateSchema>;

export const VaccinesQuerySchema = z.object({
  route: z.enum(VACCINE_ROUTES).optional(),
  /** A developer's, a partner's or a trial's country. */
  country: Iso3Schema.optional(),
  phase: z.enum(TRIAL_PHASES).optional(),
  q: z.string().trim().max(100).optional(),
});
export type VaccinesQuery = z.infer<typeof VaccinesQuerySchema>;

export const VaccinesSchema = z.object({ candidates: z.array(VaccineCandidateSchema) });
export type Vaccines = z.infer<typeof VaccinesSchema>;

export const VaccineProposalInputSchema = z.object({
  /** The candidate to edit; absent for a new candidate. */
  candidateId: z.number().int().positive().max(MAX_ID).optional(),
  candidate: VaccineCandidateInputSchema,
  comment: z.string().trim().max(2000).default(''),
});
export type VaccineProposalInput = z.infer<typeof VaccineProposalInputSchema>;

export const PROPOSAL_STATUSES = ['pending', 'published', 'rejected'] as const;

export const VaccineProposalSchema = z.object({
  id: z.number().int(),
  candidateId: z.number().int().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  candidate: VaccineCandidateInputSchema,
  comment: z.string(),
  proposedBy: z.number().int().nullable(),
  proposedAt: z.string(),
  reviewedBy: z.number().int().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type VaccineProposal = z.infer<typeof VaccineProposalSchema>;

export const VaccineProposalsQuerySchema = z.object({ status: z.enum(PROPOSAL_STATUSES).optional() });
export const VaccineProposalsSchema = z.object({ proposals: z.array(VaccineProposalSchema) });
export type VaccineProposals = z.infer<typeof VaccineProposalsSchema>;

export const VaccineReviewSchema = z.object({ note: z.string().trim().max(2000).default('') });
