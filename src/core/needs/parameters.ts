// Every parameter of the needs model, with its value, unit and source, in one place. The model follows
// the structure of WHO's COVID-19 Essential Supplies Forecasting Tool (ESFT): cases → severity →
// patients and beds → the staff they need (health workers per bed from hours of care per patient,
// screening staff per person screened, caregivers per isolated patient) → supplies per staff member per
// day, per patient per day, per case and per bed. Each value can be overridden per estimate
// (estimateNeeds(..., overrides)); the result lists the values it used, overridden or not, and whether
// each value was read in its cited source (`verified`).
//
// Where the ESFT values come from: the ESFT workbook (WHO/2019-nCoV/Tools/Essential_forecasting/2022.1,
// described in WHO/2019-nCoV/Tools/Essential_forecasting/Overview/2020.1) as coded in its open R port,
// github.com/mrc-ide/esft. Each ESFT parameter below names the port's file and variable it was read
// from. The ESFT's PPE quantities per health worker per day ("Equipment" sheet, columns
// amount_per_inpatient_hcw_per_day, amount_per_screening_hcw_per_day, ...) ship in the port only as
// binary data (data/equipment.rda, data-raw/who_summary_data.xlsx) and could not be read: the PPE
// quantities below fill the ESFT's columns from a published national COVID-19 PPE forecasting tool
// (PK-PPE) until they are checked against the workbook; an agency can set its own (ADR 031).

const PORT = 'github.com/mrc-ide/esft';

/** The full citations behind the short source keys, for display beside the parameters. */
export const NEEDS_SOURCES = {
  ESFT: `WHO COVID-19 Essential Supplies Forecasting Tool (ESFT), WHO/2019-nCoV/Tools/Essential_forecasting/2022.1, methodology in "An overview of the structure, methodology, and assumptions used", WHO/2019-nCoV/Tools/Essential_forecasting/Overview/2020.1 (WHO IRIS 10665/333983); values read from its open R port ${PORT} at the file named`,
  'ESFT-HWFE': `ESFT health-workforce reference (sheet "hwfe"): hours of care per patient per 24 h by cadre and severity, from WHO's Health Workforce Estimator (HWFE) with low- and middle-income country consultations; read from ${PORT} data-raw/hwfe_data.csv and turned into staff per bed as in R/hcw_caps.R (hours ÷ 8-hour shift)`,
  'PK-PPE': 'Pakistan national LMIS, "Forecasting of PPEs for COVID-19 outbreak" (ncov.lmis.gov.pk/ncovlmis/fasp_covid19.php), column D "No. of PPE per individual or facility per day"; the tool cites Hashikura & Kizu, Am J Infect Control 2009;37:703-707, and NAMRU-3/USAID Egypt 2011, stock planning of essential infection-control supplies',
  'WHO-HOME': 'WHO, Home care for patients with suspected or confirmed COVID-19 and management of their contacts, interim guidance, August 2020',
  'WHO-IPC': 'WHO, Infection prevention and control during health care when coronavirus disease (COVID-19) is suspected or confirmed, interim guidance, 29 June 2020 (screening and triage: source control for suspected cases)',
  'WHO-O2': 'WHO, Technical specifications for oxygen concentrators (2015); WHO/UNICEF, Technical specifications and guidance for oxygen therapy devices (2019)',
  'WHO-PMD': 'WHO, Priority medical devices list for the COVID-19 response and associated technical specifications, November 2020',
  CONCORD: 'a Concord planning assumption where no readable source gives the number (see docs/decisions/031-needs-model.md); revisit first',
} as const;

export interface NeedsParameterSpec {
  value: number;
  unit: string;
  label: string;
  /** Starts with a key of NEEDS_SOURCES; names the file and variable for ESFT values. */
  source: string;
  /** true when the value was read in the cited source; false for placeholders and unchecked values. */
  verified: boolean;
}

const esft = (path: string, what: string) => `ESFT: ${PORT} ${path}, ${what}`;
const pk = (what: string) => `PK-PPE: ${what}`;

export const NEEDS_PARAMETERS = {
  // Cases and their severity.
  shareMild: { value: 0.4, unit: 'share of cases', label: 'mild cases', source: esft('R/parameters.R', 'mildI_proportion = 0.4'), verified: true },
  shareModerate: { value: 0.4, unit: 'share of cases', label: 'moderate cases', source: esft('R/parameters.R', 'modI_proportion = 0.4'), verified: true },
  shareSevere: { value: 0.15, unit: 'share of cases', label: 'severe cases (hospitalised, on oxygen)', source: esft('R/parameters.R', 'sevI_proportion = 0.15'), verified: true },
  shareCritical: { value: 0.05, unit: 'share of cases', label: 'critical cases (ventilated)', source: esft('R/parameters.R', 'critI_proportion = 0.05'), verified: true },
  casesPerReportedCase: {
    value: 1,
    unit: 'cases per reported case',
    label: 'cases to plan for per reported case',
    source: 'CONCORD: 1 plans for reported cases; raise it where testing misses many',
    verified: false,
  },

  // Lengths of stay (the port stores weeks: vignettes/capacity_parameters.Rmd).
  isolationDaysMild: { value: 14, unit: 'days', label: 'isolation of a mild case', source: esft('R/parameters.R', 'stay_mild = 2 (weeks)'), verified: true },
  isolationDaysModerate: { value: 14, unit: 'days', label: 'isolation of a moderate case', source: esft('R/parameters.R', 'stay_mod = 2 (weeks)'), verified: true },
  hospitalDaysSevere: { value: 7, unit: 'days', label: 'hospital stay of a severe case', source: esft('R/parameters.R', 'stay_sev = 1 (week)'), verified: true },
  hospitalDaysCritical: { value: 14, unit: 'days', label: 'hospital stay of a critical case', source: esft('R/parameters.R', 'stay_crit = 2 (weeks)'), verified: true },

  // Staff. Health workers (HCW: ILO ISCO 2240, 2211, 2212, 2221, 3221, 5321, 3256) per occupied bed are
  // the hours of care a patient needs per 24 h, summed over the HCW cadres, divided by an 8-hour shift.
  shiftHours: { value: 8, unit: 'hours per shift', label: 'a health worker’s shift', source: esft('R/hcw_caps.R', 'hcws_per_sev_bed = sum(hwfe$patient_t24_sev[HCW]) / 8'), verified: true },
  hcwHoursPerSeverePatientDay: {
    value: 18.224181819,
    unit: 'HCW hours per severe patient per day',
    label: 'care by health workers, severe patient',
    source: 'ESFT-HWFE: data-raw/hwfe_data.csv, sum of patient_t24_sev over the rows with esft_group HCW',
    verified: true,
  },
  hcwHoursPerCriticalPatientDay: {
    value: 32.689375,
    unit: 'HCW hours per critical patient per day',
    label: 'care by health workers, critical patient',
    source: 'ESFT-HWFE: data-raw/hwfe_data.csv, sum of patient_t24_crit over the rows with esft_group HCW',
    verified: true,
  },
  cleanerHoursPerSeverePatientDay: {
    value: 0.5,
    unit: 'cleaner hours per severe patient per day',
    label: 'cleaning (ILO ISCO 9112), severe patient',
    source: 'ESFT-HWFE: data-raw/hwfe_data.csv, patient_t24_sev of the Cleaner row',
    verified: true,
  },
  cleanerHoursPerCriticalPatientDay: {
    value: 0.75,
    unit: 'cleaner hours per critical patient per day',
    label: 'cleaning (ILO ISCO 9112), critical patient',
    source: 'ESFT-HWFE: data-raw/hwfe_data.csv, patient_t24_crit of the Cleaner row',
    verified: true,
  },
  casesScreenedPerWorkerDay: {
    value: 10,
    unit: 'people per health-worker-day',
    label: 'people screened by one health worker in a day',
    source: esft('R/parameters.R', 'cases_screened_per_hcw_per_day = (8*60)/48 (48 minutes per screening, 8-hour shift)'),
    verified: true,
  },
  caregiversPerIsolatedPatient: {
    value: 1,
    unit: 'caregivers per isolated patient',
    label: 'informal caregivers of an isolated patient',
    source: esft('R/parameters.R', 'n_inf_caregivers_isol = 1'),
    verified: true,
  },

  // PPE per staff member and per patient per day, by care setting (the ESFT Equipment sheet's columns).
  // Quantities from PK-PPE (routine set A for every health worker and cleaner, specialised set B on top
  // for inpatient health workers, set C for patients); the ESFT's own quantities could not be read
  // (ADR 031). Gloves are counted in pairs there and in pieces here.
  masksPerInpatientHcwDay: { value: 3, unit: 'masks per HCW-day', label: 'medical masks, inpatient health worker', source: pk('set A (routine use): surgical masks, 3 per HCW per day'), verified: true },
  respiratorsPerInpatientHcwDay: { value: 1, unit: 'respirators per HCW-day', label: 'FFP2/N95 respirators, inpatient health worker', source: pk('set B (specialised use): respirator N95, 1 per HCW per day'), verified: true },
  glovesPerInpatientHcwDay: { value: 6, unit: 'gloves per HCW-day', label: 'examination gloves, inpatient health worker', source: pk('set A: gloves, 3 (pairs) per HCW per day'), verified: true },
  gownsPerInpatientHcwDay: { value: 4, unit: 'gowns per HCW-day', label: 'gowns, inpatient health worker', source: pk('set A: disposable gowns, 3, plus set B: surgical gown, 1 per HCW per day'), verified: true },
  faceShieldsPerInpatientHcwDay: { value: 1, unit: 'face shields per HCW-day', label: 'face shields, inpatient health worker', source: pk('set B: face shields, 1 per HCW per day'), verified: true },
  masksPerCleanerDay: { value: 3, unit: 'masks per cleaner-day', label: 'medical masks, inpatient cleaner', source: pk('set A (routine use), applied to cleaners: surgical masks, 3 per day'), verified: true },
  glovesPerCleanerDay: { value: 6, unit: 'gloves per cleaner-day', label: 'gloves, inpatient cleaner', source: pk('set A, applied to cleaners: gloves, 3 (pairs) per day'), verified: true },
  gownsPerCleanerDay: { value: 3, unit: 'gowns per cleaner-day', label: 'gowns, inpatient cleaner', source: pk('set A, applied to cleaners: disposable gowns, 3 per day'), verified: true },
  masksPerScreeningHcwDay: { value: 3, unit: 'masks per HCW-day', label: 'medical masks, screening/triage health worker', source: pk('set A (routine use): surgical masks, 3 per HCW per day'), verified: true },
  masksPerScreenedPerson: {
    value: 1,
    unit: 'masks per person screened',
    label: 'medical masks, person screened',
    source: 'WHO-IPC (a medical mask for every suspected case at triage); CONCORD quantity: 1 per person screened',
    verified: false,
  },
  masksPerIsolationPatientDay: { value: 4, unit: 'masks per patient-day', label: 'medical masks, isolated patient', source: pk('set C: surgical masks for patients, 4 per patient per day'), verified: true },
  masksPerCaregiverDay: {
    value: 1,
    unit: 'masks per caregiver-day',
    label: 'medical masks, caregiver',
    source: 'WHO-HOME (a medical mask in the patient’s room, discarded after use); CONCORD quantity: 1 a day',
    verified: false,
  },
  glovesPerCaregiverDay: {
    value: 2,
    unit: 'gloves per caregiver-day',
    label: 'gloves, caregiver',
    source: 'WHO-HOME (gloves when touching body fluids or cleaning); CONCORD quantity: 1 pair a day',
    verified: false,
  },

  // Testing (ESFT testing strategy "all").
  testsPerMildModerateCase: { value: 1, unit: 'tests per case', label: 'diagnostic tests, mild/moderate case', source: esft('R/diagnostic_parameters.R', 'total_tests_mild_mod = 1'), verified: true },
  testsPerSevereCriticalCase: { value: 2, unit: 'tests per case', label: 'tests for diagnosis and release, severe/critical case', source: esft('R/diagnostic_parameters.R', 'total_tests_sev_crit = 2'), verified: true },
  negativeTestsPerConfirmedCase: {
    value: 10,
    unit: 'tests per confirmed case',
    label: 'suspected cases tested negative per confirmed case (also screened)',
    source: esft('R/diagnostic_parameters.R', 'set_testing_strategy(): num_neg_per_pos_test = 10'),
    verified: true,
  },
  contactsPerCase: { value: 10, unit: 'contacts per case', label: 'contacts traced per case', source: esft('R/diagnostic_parameters.R', 'set_testing_strategy(): avg_contacts_pos_case = 10'), verified: true },
  contactsTestedShare: { value: 0.6, unit: 'share of contacts', label: 'contacts tested', source: esft('R/diagnostic_parameters.R', 'set_testing_strategy(): perc_contacts_tested = 0.6'), verified: true },
  testsPerHealthWorkerWeek: {
    value: 1,
    unit: 'tests per staff member per week',
    label: 'routine testing of COVID-19 staff (inpatient and screening HCWs, cleaners)',
    source: esft('R/diagnostic_parameters.R', 'set_testing_strategy(): tests_per_hcw_per_week = 1'),
    verified: true,
  },
  antigenTestShare: { value: 0.2, unit: 'share of tests', label: 'tests done by rapid antigen test (the rest by PCR)', source: esft('R/diagnostic_parameters.R', 'perc_antigen_tests = 0.2'), verified: true },

  // Biomedical equipment, per occupied bed at the peak (durable: needed once, not per day).
  shareCriticalInvasive: { value: 2 / 3, unit: 'share of critical patients', label: 'critical patients on invasive ventilation', source: esft('R/parameters.R', 'perc_crit_inv_mv = 2/3'), verified: true },
  shareCriticalNonInvasive: {
    value: 1 / 3,
    unit: 'share of critical patients',
    label: 'critical patients on non-invasive ventilation',
    source: esft('R/parameters.R', 'perc_crit_noninv_mv = 1/3'),
    verified: true,
  },
  oxygenFlowSevereLpm: { value: 10, unit: 'L/min per severe patient', label: 'oxygen flow, severe patient', source: esft('R/parameters.R', 'o2_flow_sev = 10 (5–15 L/min, median)'), verified: true },
  concentratorFlowLpm: { value: 5, unit: 'L/min per concentrator', label: 'output of one oxygen concentrator', source: 'WHO-O2 (5 L/min concentrator; not re-read)', verified: false },
  pulseOximetersPerSevereBed: {
    value: 1,
    unit: 'oximeters per severe bed',
    label: 'pulse oximeters, severe beds',
    source: 'WHO-PMD (pulse oximetry for every patient on oxygen); CONCORD quantity: 1 per bed',
    verified: false,
  },
  patientMonitorsPerCriticalBed: {
    value: 1,
    unit: 'monitors per critical bed',
    label: 'patient monitors, critical beds',
    source: 'WHO-PMD (multiparameter monitor in critical care); CONCORD quantity: 1 per bed',
    verified: false,
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
const VENTILATION: NeedsParameterId[] = ['shareCriticalInvasive', 'shareCriticalNonInvasive'];
const UNIT_INTERVAL: NeedsParameterId[] = [...SHARES, ...VENTILATION, 'contactsTestedShare', 'antigenTestShare'];
const POSITIVE: NeedsParameterId[] = ['casesScreenedPerWorkerDay', 'concentratorFlowLpm', 'shiftHours'];

export function isParameterId(id: string): id is NeedsParameterId {
  return Object.hasOwn(NEEDS_PARAMETERS, id);
}

/** Defaults with overrides applied and checked (unknown ids, negative values, shares, sums, divisors). */
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
  if (errors.length > 0) return { ok: false, errors };
  const split = SHARES.reduce((sum, id) => sum + values[id], 0);
  if (Math.abs(split - 1) > 1e-9) errors.push({ path: 'overrides', message: `the severity shares must add up to 1, they add up to ${split}` });
  const ventilated = VENTILATION.reduce((sum, id) => sum + values[id], 0);
  if (ventilated > 1 + 1e-9) errors.push({ path: 'overrides', message: `the ventilation shares of critical patients add up to ${ventilated}, above 1` });
  for (const id of POSITIVE) if (values[id] <= 0) errors.push({ path: `overrides.${id}`, message: 'expected a value above 0' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values, overridden };
}

/** Every parameter id, in the order of NEEDS_PARAMETERS. */
export const NEEDS_PARAMETER_IDS = Object.keys(NEEDS_PARAMETERS) as NeedsParameterId[];

/** The parameters an item's need used, with their values, for display beside the result. */
export function usedParameters(ids: readonly NeedsParameterId[], values: NeedsParameterValues, overridden: Set<NeedsParameterId>): UsedParameter[] {
  return ids.map((id) => ({ id, ...NEEDS_PARAMETERS[id], value: values[id], overridden: overridden.has(id) }));
}
