import { projectCases } from './case-projection';
import { NEEDS_ITEMS, type NeedsItemId } from './needs-items';
import { resolveParameters, usedParameters, type NeedsOverrides, type NeedsParameterId, type UsedParameter } from './parameters';
import { patientLoad, type PatientLoad } from './patient-load';

// Needs over a horizon in the manner of WHO's COVID-19 Essential Supplies Forecasting Tool: expected
// cases → severity → patient-days and beds → consumption. Consumables (PPE, tests) scale with
// patient-days, health-worker-days and cases; durable equipment (ventilators, concentrators, oximeters,
// monitors) with the peak number of occupied beds. Every figure comes with the parameters it used.

export interface NeedsInput {
  recentDailyCases: readonly number[];
  forecastDailyCases?: readonly number[];
  horizonWeeks: number;
  /** Health workers caring for COVID-19 patients (for their routine testing); omit if unknown. */
  healthWorkers?: number;
  overrides?: NeedsOverrides;
}

export interface NeedsDriver {
  driver: string;
  quantity: number;
}

export interface ItemNeed {
  item: NeedsItemId;
  unit: string;
  /** Whole units, rounded up. */
  need: number;
  breakdown: NeedsDriver[];
  parameters: UsedParameter[];
}

export interface NeedsResult {
  horizonWeeks: number;
  basis: 'forecast' | 'recent-mean';
  casesPerWeek: number[];
  load: PatientLoad;
  screeningWorkerDays: number;
  tests: { diagnostic: number; negatives: number; contacts: number; healthWorkers: number; total: number; perConfirmedCase: number };
  items: ItemNeed[];
}

export type NeedsEstimate = { ok: true; result: NeedsResult } | { ok: false; errors: { path: string; message: string }[] };

function checkInput(input: NeedsInput): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (!Number.isInteger(input.horizonWeeks) || input.horizonWeeks < 1 || input.horizonWeeks > 52) {
    errors.push({ path: 'horizonWeeks', message: `expected whole weeks from 1 to 52, got ${input.horizonWeeks}` });
  }
  if (input.recentDailyCases.length === 0 && (input.forecastDailyCases ?? []).length === 0) {
    errors.push({ path: 'recentDailyCases', message: 'give recent daily cases or a forecast' });
  }
  const series: Array<[string, readonly number[]]> = [
    ['recentDailyCases', input.recentDailyCases],
    ['forecastDailyCases', input.forecastDailyCases ?? []],
  ];
  for (const [name, values] of series) {
    values.forEach((x, k) => {
      if (!Number.isFinite(x) || x < 0) errors.push({ path: `${name}[${k}]`, message: `expected cases ≥ 0, got ${x}` });
    });
  }
  if (input.healthWorkers !== undefined && !(Number.isFinite(input.healthWorkers) && input.healthWorkers >= 0)) {
    errors.push({ path: 'healthWorkers', message: `expected a number ≥ 0, got ${input.healthWorkers}` });
  }
  return errors;
}

export function estimateNeeds(input: NeedsInput): NeedsEstimate {
  const errors = checkInput(input);
  const resolved = resolveParameters(input.overrides);
  if (!resolved.ok) errors.push(...resolved.errors);
  if (errors.length > 0 || !resolved.ok) return { ok: false, errors };
  const p = resolved.values;

  const projection = projectCases({ ...input, casesPerReportedCase: p.casesPerReportedCase });
  const load = patientLoad(projection.history, projection.daily, p);
  const { cases, patientDays, peakBeds } = load;
  const screeningWorkerDays = cases.total / p.casesScreenedPerWorkerDay;
  const diagnostic = (cases.mild + cases.moderate) * p.testsPerMildModerateCase + (cases.severe + cases.critical) * p.testsPerSevereCriticalCase;
  const negatives = cases.total * p.negativeTestsPerConfirmedCase;
  const contacts = cases.total * p.contactsPerCase * p.contactsTestedShare;
  const staff = (input.healthWorkers ?? 0) * p.testsPerHealthWorkerWeek * input.horizonWeeks;
  const totalTests = diagnostic + negatives + contacts + staff;
  const testParams: NeedsParameterId[] = [
    'testsPerMildModerateCase',
    'testsPerSevereCriticalCase',
    'negativeTestsPerConfirmedCase',
    'contactsPerCase',
    'contactsTestedShare',
    'testsPerHealthWorkerWeek',
    'antigenTestShare',
  ];
  const testDrivers = (share: number): NeedsDriver[] => [
    { driver: 'diagnosis of cases', quantity: diagnostic * share },
    { driver: 'suspected cases testing negative', quantity: negatives * share },
    { driver: 'contacts tested', quantity: contacts * share },
    { driver: 'routine testing of health workers', quantity: staff * share },
  ];

  const caseParams: NeedsParameterId[] = ['casesPerReportedCase', 'shareMild', 'shareModerate', 'shareSevere', 'shareCritical'];
  const inpatientParams: NeedsParameterId[] = [...caseParams, 'hospitalDaysSevere', 'hospitalDaysCritical'];
  const isolationParams: NeedsParameterId[] = [...caseParams, 'isolationDaysMild', 'isolationDaysModerate', 'caregiversPerIsolatedPatient'];
  const inpatient = (rate: number) => ({ driver: 'hospitalised patient-days', quantity: patientDays.inpatient * rate });

  const recipes: Record<NeedsItemId, { drivers: NeedsDriver[]; params: NeedsParameterId[] }> = {
    'surgical-mask': {
      drivers: [
        inpatient(p.masksPerInpatientDay),
        { driver: 'isolated patient-days', quantity: patientDays.isolation * p.masksPerIsolationPatientDay },
        { driver: 'caregiver-days', quantity: patientDays.caregiver * p.masksPerCaregiverDay },
        { driver: 'screening health-worker-days', quantity: screeningWorkerDays * p.masksPerScreeningWorkerDay },
      ],
      params: [
        ...isolationParams,
        'hospitalDaysSevere',
        'hospitalDaysCritical',
        'masksPerInpatientDay',
        'masksPerIsolationPatientDay',
        'masksPerCaregiverDay',
        'casesScreenedPerWorkerDay',
        'masksPerScreeningWorkerDay',
      ],
    },
    'respirator-ffp2': { drivers: [inpatient(p.respiratorsPerInpatientDay)], params: [...inpatientParams, 'respiratorsPerInpatientDay'] },
    gloves: {
      drivers: [inpatient(p.glovesPerInpatientDay), { driver: 'caregiver-days', quantity: patientDays.caregiver * p.glovesPerCaregiverDay }],
      params: [...isolationParams, 'hospitalDaysSevere', 'hospitalDaysCritical', 'glovesPerInpatientDay', 'glovesPerCaregiverDay'],
    },
    gown: { drivers: [inpatient(p.gownsPerInpatientDay)], params: [...inpatientParams, 'gownsPerInpatientDay'] },
    'face-shield': { drivers: [inpatient(p.faceShieldsPerInpatientDay)], params: [...inpatientParams, 'faceShieldsPerInpatientDay'] },
    'pcr-test': { drivers: testDrivers(1 - p.antigenTestShare), params: [...caseParams, ...testParams] },
    'antigen-test': { drivers: testDrivers(p.antigenTestShare), params: [...caseParams, ...testParams] },
    ventilator: {
      drivers: [{ driver: 'critical beds at the peak', quantity: peakBeds.critical * p.ventilatorsPerCriticalBed }],
      params: [...caseParams, 'hospitalDaysCritical', 'ventilatorsPerCriticalBed'],
    },
    'oxygen-concentrator': {
      drivers: [{ driver: 'severe beds at the peak', quantity: (peakBeds.severe * p.oxygenFlowSevereLpm) / p.concentratorFlowLpm }],
      params: [...caseParams, 'hospitalDaysSevere', 'oxygenFlowSevereLpm', 'concentratorFlowLpm'],
    },
    'pulse-oximeter': {
      drivers: [{ driver: 'severe beds at the peak', quantity: peakBeds.severe * p.pulseOximetersPerSevereBed }],
      params: [...caseParams, 'hospitalDaysSevere', 'pulseOximetersPerSevereBed'],
    },
    'patient-monitor': {
      drivers: [{ driver: 'critical beds at the peak', quantity: peakBeds.critical * p.patientMonitorsPerCriticalBed }],
      params: [...caseParams, 'hospitalDaysCritical', 'patientMonitorsPerCriticalBed'],
    },
  };

  const items: ItemNeed[] = NEEDS_ITEMS.map(({ id, unit }) => {
    const recipe = recipes[id];
    const exact = recipe.drivers.reduce((sum, d) => sum + d.quantity, 0);
    return {
      item: id,
      unit,
      need: roundUp(exact),
      breakdown: recipe.drivers,
      parameters: usedParameters(unique(recipe.params), p, resolved.overridden),
    };
  });

  return {
    ok: true,
    result: {
      horizonWeeks: input.horizonWeeks,
      basis: projection.basis,
      casesPerWeek: projection.perWeek,
      load,
      screeningWorkerDays,
      tests: {
        diagnostic,
        negatives,
        contacts,
        healthWorkers: staff,
        total: totalTests,
        perConfirmedCase: cases.total > 0 ? totalTests / cases.total : 0,
      },
      items,
    },
  };
}

/** Whole units, forgiving rounding noise (1400.0000000002 is 1400, not 1401). */
function roundUp(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
