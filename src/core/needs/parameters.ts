// Every parameter of the needs model, with its value, unit and source, in one place. The model follows
// WHO's COVID-19 Essential Supplies Forecasting Tool (ESFT): cases → severity → patient-days and beds →
// consumption per patient-day, per health worker, per case and per bed. Each value can be overridden
// per estimate (estimateNeeds(..., overrides)), and the result lists the values it used.
//
// Sources (short keys used below):
//  ESFT      WHO COVID-19 Essential Supplies Forecasting Tool, default inputs, as documented in "COVID-19
//            ESFT: an overview of the structure, methodology, and assumptions used", WHO/2019-nCoV/
//            Tools/Essential_forecasting/Overview/2020.1 (WHO IRIS handle 10665/333983, as cited by the
//            open port's R/data.R; a 2021 revision may exist but was not found), and as coded in the open
//            port mrc-ide/esft (R/parameters.R, R/equipment_parameters.R for the 40/40/15/5 % split,
//            R/diagnostic_parameters.R, R/hcw_caps.R). NB the ESFT counts inpatient PPE per health
//            worker-day by cadre (its equipment sheet: amount_per_inpatient_hcw_per_day, ..._cleaner_...,
//            ..._inf_caregiver_...), not per patient-day as WHO-PPE below; its figures ship only as
//            binary data (data/equipment.rda) and were not read.
//  WHO-PPE   WHO, "Rational use of personal protective equipment for coronavirus disease (COVID-19)",
//            interim guidance, 27 February 2020 (WHO/2019-nCov/IPCPPE_use/2020.1), annex: PPE per
//            hospitalised patient per day. NOT VERIFIED: a search of stored copies (2026-11-26) found
//            the later editions of the same guidance (19 March 2020, WHO/2019-nCoV/IPCPPE_use/2020.2;
//            6 April 2020, WHO/2019-nCov/IPC_PPE_use/2020.3) but not the text of the 27 February
//            annex table, so the per-patient-day figures below are as recalled and unchecked; the
//            later editions say who wears what, not how many per patient-day. See ADR 031.
//  WHO-HOME  WHO, "Home care for patients with suspected or confirmed COVID-19 and management of their
//            contacts", interim guidance, August 2020.
//  WHO-O2    WHO, "Technical specifications for oxygen concentrators" (2015), and WHO/UNICEF "Technical
//            specifications and guidance for oxygen therapy devices" (2019).
//  WHO-PMD   WHO, "Priority medical devices list for the COVID-19 response and associated technical
//            specifications", interim guidance, November 2020.
//  CONCORD   a planning assumption of ours where the sources give no number; marked as such.

/** The full citations behind the short source keys, for display beside the parameters. */
export const NEEDS_SOURCES = {
  ESFT:
    'WHO COVID-19 Essential Supplies Forecasting Tool (ESFT), default inputs: "An overview of the structure, methodology, and assumptions used", WHO/2019-nCoV/Tools/Essential_forecasting/Overview/2020.1 (WHO IRIS 10665/333983); open port: github.com/mrc-ide/esft',
  'WHO-PPE':
    'WHO, Rational use of personal protective equipment for coronavirus disease (COVID-19), interim guidance, 27 February 2020 (WHO/2019-nCov/IPCPPE_use/2020.1), annex (PPE per hospitalised patient per day). Not verified: the annex table was not found in the copies searched (only the 19 March and 6 April 2020 editions, which give no per-patient-day counts); the values are as recalled',
  'WHO-HOME': 'WHO, Home care for patients with suspected or confirmed COVID-19 and management of their contacts, interim guidance, August 2020',
  'WHO-O2': 'WHO, Technical specifications for oxygen concentrators (2015); WHO/UNICEF, Technical specifications and guidance for oxygen therapy devices (2019)',
  'WHO-PMD': 'WHO, Priority medical devices list for the COVID-19 response and associated technical specifications, November 2020',
  CONCORD: 'a Concord planning assumption where the sources give no number (see docs/decisions/031-needs-model.md)',
} as const;

export interface NeedsParameterSpec {
  value: number;
  unit: string;
  label: string;
  source: string;
}

export const NEEDS_PARAMETERS = {
  // Severity split of cases (ESFT; WHO clinical management of COVID-19).
  shareMild: { value: 0.4, unit: 'share of cases', label: 'mild cases', source: 'ESFT default (mild 40 %)' },
  shareModerate: { value: 0.4, unit: 'share of cases', label: 'moderate cases', source: 'ESFT default (moderate 40 %)' },
  shareSevere: { value: 0.15, unit: 'share of cases', label: 'severe cases (hospitalised, on oxygen)', source: 'ESFT default (severe 15 %)' },
  shareCritical: { value: 0.05, unit: 'share of cases', label: 'critical cases (ventilated)', source: 'ESFT default (critical 5 %)' },
  casesPerReportedCase: {
    value: 1,
    unit: 'cases per reported case',
    label: 'cases to plan for per reported case',
    source: 'CONCORD: 1 plans for reported cases; raise it where testing misses many',
  },

  // Lengths of stay (ESFT: 2 weeks of isolation for mild and moderate, 1 week in hospital for severe,
  // 2 weeks for critical).
  isolationDaysMild: { value: 14, unit: 'days', label: 'isolation of a mild case', source: 'ESFT default (2 weeks)' },
  isolationDaysModerate: { value: 14, unit: 'days', label: 'isolation of a moderate case', source: 'ESFT default (2 weeks)' },
  hospitalDaysSevere: { value: 7, unit: 'days', label: 'hospital stay of a severe case', source: 'ESFT default (1 week)' },
  hospitalDaysCritical: { value: 14, unit: 'days', label: 'hospital stay of a critical case', source: 'ESFT default (2 weeks)' },
  caregiversPerIsolatedPatient: {
    value: 1,
    unit: 'caregivers per isolated patient',
    label: 'informal caregivers of an isolated patient',
    source: 'ESFT default (1 caregiver for the isolation period)',
  },

  // PPE per hospitalised patient-day, all staff contacts included (WHO-PPE annex; unverified, see above).
  masksPerInpatientDay: { value: 25, unit: 'masks per patient-day', label: 'medical masks, inpatient', source: 'WHO-PPE annex, 27 Feb 2020 (25 per patient per day; as recalled, not verified against the document: its table was not found)' },
  respiratorsPerInpatientDay: {
    value: 1,
    unit: 'respirators per patient-day',
    label: 'FFP2/N95 respirators, inpatient (aerosol-generating procedures)',
    source: 'WHO-PPE annex, 27 Feb 2020 (1 per patient per day; as recalled, not verified against the document: its table was not found)',
  },
  glovesPerInpatientDay: { value: 50, unit: 'gloves per patient-day', label: 'examination gloves, inpatient', source: 'WHO-PPE annex, 27 Feb 2020 (50 per patient per day; as recalled, not verified against the document: its table was not found)' },
  gownsPerInpatientDay: { value: 25, unit: 'gowns per patient-day', label: 'gowns, inpatient', source: 'WHO-PPE annex, 27 Feb 2020 (25 per patient per day; as recalled, not verified against the document: its table was not found)' },
  faceShieldsPerInpatientDay: {
    value: 1,
    unit: 'face shields per patient-day',
    label: 'face shields or goggles, inpatient',
    source: 'WHO-PPE annex, 27 Feb 2020 (1 per patient per day; as recalled, not verified against the document: its table was not found)',
  },

  // Home isolation (WHO-HOME: the patient wears a medical mask, the caregiver a mask and gloves for
  // contact with the patient; the daily quantities are ours).
  masksPerIsolationPatientDay: {
    value: 1,
    unit: 'masks per patient-day',
    label: 'medical masks, isolated patient',
    source: 'WHO-HOME (mask worn by the patient); CONCORD quantity: 1 a day',
  },
  masksPerCaregiverDay: {
    value: 1,
    unit: 'masks per caregiver-day',
    label: 'medical masks, caregiver',
    source: 'WHO-HOME (mask worn in the patient’s room); CONCORD quantity: 1 a day',
  },
  glovesPerCaregiverDay: {
    value: 2,
    unit: 'gloves per caregiver-day',
    label: 'gloves, caregiver',
    source: 'WHO-HOME (gloves for contact with body fluids); CONCORD quantity: 1 pair a day',
  },

  // Screening and triage staff (per health worker).
  casesScreenedPerWorkerDay: {
    value: 10,
    unit: 'cases per health-worker-day',
    label: 'cases screened by one health worker in a day',
    source: 'ESFT (48 minutes per screening, 8-hour shift)',
  },
  masksPerScreeningWorkerDay: {
    value: 2,
    unit: 'masks per health-worker-day',
    label: 'medical masks, screening/triage staff',
    source: 'WHO-PPE (medical mask for screening; extended use up to 6 h); CONCORD quantity: 2 per shift',
  },

  // Testing (ESFT diagnostics defaults; testing strategy "all").
  testsPerMildModerateCase: { value: 1, unit: 'tests per case', label: 'diagnostic tests, mild/moderate case', source: 'ESFT default (1)' },
  testsPerSevereCriticalCase: { value: 2, unit: 'tests per case', label: 'diagnostic tests, severe/critical case', source: 'ESFT default (2)' },
  negativeTestsPerConfirmedCase: {
    value: 10,
    unit: 'tests per confirmed case',
    label: 'suspected cases tested negative per confirmed case',
    source: 'ESFT default (10 negatives per positive)',
  },
  contactsPerCase: { value: 10, unit: 'contacts per case', label: 'contacts traced per case', source: 'ESFT default (10)' },
  contactsTestedShare: { value: 0.6, unit: 'share of contacts', label: 'contacts tested', source: 'ESFT default (60 %)' },
  testsPerHealthWorkerWeek: { value: 1, unit: 'tests per health worker per week', label: 'routine testing of COVID-19 staff', source: 'ESFT default (1)' },
  antigenTestShare: { value: 0.2, unit: 'share of tests', label: 'tests done by rapid antigen test (the rest by PCR)', source: 'ESFT default (20 %)' },

  // Biomedical equipment, per occupied bed at the peak (durable: needed once, not per day).
  ventilatorsPerCriticalBed: {
    value: 1,
    unit: 'ventilators per critical bed',
    label: 'ventilators, critical beds',
    source: 'ESFT (critical patients ventilated: 2/3 invasive, 1/3 non-invasive)',
  },
  oxygenFlowSevereLpm: { value: 10, unit: 'L/min per severe patient', label: 'oxygen flow, severe patient', source: 'ESFT default (5–15 L/min, median 10)' },
  concentratorFlowLpm: { value: 5, unit: 'L/min per concentrator', label: 'output of one oxygen concentrator', source: 'WHO-O2 (5 L/min concentrator)' },
  pulseOximetersPerSevereBed: {
    value: 1,
    unit: 'oximeters per severe bed',
    label: 'pulse oximeters, severe beds',
    source: 'WHO-PMD (pulse oximetry for every patient on oxygen); CONCORD quantity: 1 per bed',
  },
  patientMonitorsPerCriticalBed: {
    value: 1,
    unit: 'monitors per critical bed',
    label: 'patient monitors, critical beds',
    source: 'WHO-PMD (multiparameter monitor in critical care); CONCORD quantity: 1 per bed',
  },
} as const satisfies Record<string, NeedsParameterSpec>;

export type NeedsParameterId = keyof typeof NEEDS_PARAMETERS;
export type NeedsParameterValues = Record<NeedsParameterId, number>;
export type NeedsOverrides = Partial<Record<string, number>>;

export interface UsedParameter extends NeedsParameterSpec {
  id: NeedsParameterId;
  /** true when the value came from an override rather than the default. */
  overridden: boolean;
}

const SHARES: NeedsParameterId[] = ['shareMild', 'shareModerate', 'shareSevere', 'shareCritical'];
const UNIT_INTERVAL: NeedsParameterId[] = [...SHARES, 'contactsTestedShare', 'antigenTestShare'];

export function isParameterId(id: string): id is NeedsParameterId {
  return Object.hasOwn(NEEDS_PARAMETERS, id);
}

/** Defaults with overrides applied and checked (unknown ids, negative values, shares, split sum). */
export function resolveParameters(
  overrides: NeedsOverrides = {},
): { ok: true; values: NeedsParameterValues; overridden: Set<NeedsParameterId> } | { ok: false; errors: { path: string; message: string }[] } {
  const errors: { path: string; message: string }[] = [];
  const values = Object.fromEntries(Object.entries(NEEDS_PARAMETERS).map(([id, spec]) => [id, spec.value])) as NeedsParameterValues;
  const overridden = new Set<NeedsParameterId>();
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!isParameterId(id)) {
      errors.push({ path: `overrides.${id}`, message: `unknown parameter "${id}"` });
      continue;
    }
    if (!Number.isFinite(value) || value < 0) {
      errors.push({ path: `overrides.${id}`, message: `expected a number ≥ 0, got ${value}` });
      continue;
    }
    if (UNIT_INTERVAL.includes(id) && value > 1) {
      errors.push({ path: `overrides.${id}`, message: `expected a share in [0, 1], got ${value}` });
      continue;
    }
    values[id] = value;
    overridden.add(id);
  }
  const split = SHARES.reduce((sum, id) => sum + values[id], 0);
  if (errors.length === 0 && Math.abs(split - 1) > 1e-9) {
    errors.push({ path: 'overrides', message: `the severity shares must add up to 1, they add up to ${split}` });
  }
  for (const id of ['casesScreenedPerWorkerDay', 'concentratorFlowLpm'] as const) {
    if (errors.length === 0 && values[id] <= 0) errors.push({ path: `overrides.${id}`, message: 'expected a value above 0' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values, overridden };
}

/** The parameters an item's need used, with their values, for display beside the result. */
export function usedParameters(ids: readonly NeedsParameterId[], values: NeedsParameterValues, overridden: Set<NeedsParameterId>): UsedParameter[] {
  return ids.map((id) => ({ id, ...NEEDS_PARAMETERS[id], value: values[id], overridden: overridden.has(id) }));
}
