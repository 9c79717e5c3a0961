import { projectCases } from './case-projection';
import { NEEDS_ITEMS, type NeedsItemId } from './needs-items';
import { resolveParameters, usedParameters, type NeedsOverrides, type NeedsParameterId, type UsedParameter } from './parameters';
import { patientLoad, type PatientLoad } from './patient-load';
import { staffLoad, type StaffLoad } from './staff-load';

// Needs over a horizon in the manner of WHO's COVID-19 Essential Supplies Forecasting Tool: expected
// cases → severity → patient-days and beds → staff-days → consumption. PPE scales with staff-days by
// care setting (inpatient health workers and cleaners, screening health workers) and with isolated
// patients and their caregivers; tests with cases, contacts and staff; durable equipment
// (ventilators, concentrators, oximeters, monitors) with the peak number of occupied beds. Every
// figure comes with the parameters it used.

export interface NeedsInput {
  recentDailyCases: readonly number[];
  forecastDailyCases?: readonly number[];
  horizonWeeks: number;
  /**
   * Health workers caring for COVID-19 inpatients each day, when known: replaces the staffing estimate
   * (occupied beds × HCWs per bed) with this headcount over the horizon. Omit to estimate it.
   */
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
  staff: StaffLoad;
  tests: { diagnostic: number; negatives: number; contacts: number; staff: number; total: number; perConfirmedCase: number };
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
  const staff = staffLoad(load, p, { healthWorkers: input.healthWorkers, horizonDays: input.horizonWeeks * 7 });
  const { cases, patientDays, peakBeds } = load;
  const diagnostic = (cases.mild + cases.moderate) * p.testsPerMildModerateCase + (cases.severe + cases.critical) * p.testsPerSevereCriticalCase;
  const negatives = cases.total * p.negativeTestsPerConfirmedCase;
  const contacts = cases.total * p.contactsPerCase * p.contactsTestedShare;
  const staffTests = (staff.testedStaffDays / 7) * p.testsPerHealthWorkerWeek;
  const totalTests = diagnostic + negatives + contacts + staffTests;

  const caseParams: NeedsParameterId[] = ['casesPerReportedCase', 'shareMild', 'shareModerate', 'shareSevere', 'shareCritical'];
  const bedParams: NeedsParameterId[] = [...caseParams, 'hospitalDaysSevere', 'hospitalDaysCritical'];
  const hcwParams: NeedsParameterId[] =
    staff.inpatientHcwBasis === 'ratio' ? [...bedParams, 'hcwHoursPerSeverePatientDay', 'hcwHoursPerCriticalPatientDay', 'shiftHours'] : [];
  const cleanerParams: NeedsParameterId[] = [...bedParams, 'cleanerHoursPerSeverePatientDay', 'cleanerHoursPerCriticalPatientDay', 'shiftHours'];
  const screeningParams: NeedsParameterId[] = [...caseParams, 'negativeTestsPerConfirmedCase', 'casesScreenedPerWorkerDay'];
  const isolationParams: NeedsParameterId[] = [...caseParams, 'isolationDaysMild', 'isolationDaysModerate', 'caregiversPerIsolatedPatient'];
  const testParams: NeedsParameterId[] = [
    ...caseParams,
    'testsPerMildModerateCase',
    'testsPerSevereCriticalCase',
    'negativeTestsPerConfirmedCase',
    'contactsPerCase',
    'contactsTestedShare',
    ...hcwParams,
    ...cleanerParams,
    'casesScreenedPerWorkerDay',
    'testsPerHealthWorkerWeek',
    'antigenTestShare',
  ];
  const testDrivers = (share: number): NeedsDriver[] => [
    { driver: 'diagnosis of cases', quantity: diagnostic * share },
    { driver: 'suspected cases testing negative', quantity: negatives * share },
    { driver: 'contacts tested', quantity: contacts * share },
    { driver: 'routine testing of staff', quantity: staffTests * share },
  ];
  const inpatientHcw = (rate: number) => ({ driver: 'inpatient health-worker-days', quantity: staff.inpatientHcwDays * rate });
  const cleaner = (rate: number) => ({ driver: 'inpatient cleaner-days', quantity: staff.cleanerDays * rate });

  const recipes: Record<NeedsItemId, { drivers: NeedsDriver[]; params: NeedsParameterId[] }> = {
    'surgical-mask': {
      drivers: [
        inpatientHcw(p.masksPerInpatientHcwDay),
        cleaner(p.masksPerCleanerDay),
        { driver: 'screening health-worker-days', quantity: staff.screeningHcwDays * p.masksPerScreeningHcwDay },
        { driver: 'people screened', quantity: staff.screenedPeople * p.masksPerScreenedPerson },
        { driver: 'isolated patient-days', quantity: patientDays.isolation * p.masksPerIsolationPatientDay },
        { driver: 'caregiver-days', quantity: patientDays.caregiver * p.masksPerCaregiverDay },
      ],
      params: [
        ...hcwParams,
        'masksPerInpatientHcwDay',
        ...cleanerParams,
        'masksPerCleanerDay',
        ...screeningParams,
        'masksPerScreeningHcwDay',
        'masksPerScreenedPerson',
        ...isolationParams,
        'masksPerIsolationPatientDay',
        'masksPerCaregiverDay',
      ],
    },
    'respirator-ffp2': { drivers: [inpatientHcw(p.respiratorsPerInpatientHcwDay)], params: [...hcwParams, 'respiratorsPerInpatientHcwDay'] },
    gloves: {
      drivers: [
        inpatientHcw(p.glovesPerInpatientHcwDay),
        cleaner(p.glovesPerCleanerDay),
        { driver: 'caregiver-days', quantity: patientDays.caregiver * p.glovesPerCaregiverDay },
      ],
      params: [...hcwParams, 'glovesPerInpatientHcwDay', ...cleanerParams, 'glovesPerCleanerDay', ...isolationParams, 'glovesPerCaregiverDay'],
    },
    gown: {
      drivers: [inpatientHcw(p.gownsPerInpatientHcwDay), cleaner(p.gownsPerCleanerDay)],
      params: [...hcwParams, 'gownsPerInpatientHcwDay', ...cleanerParams, 'gownsPerCleanerDay'],
    },
    'face-shield': { drivers: [inpatientHcw(p.faceShieldsPerInpatientHcwDay)], params: [...hcwParams, 'faceShieldsPerInpatientHcwDay'] },
    'pcr-test': { drivers: testDrivers(1 - p.antigenTestShare), params: testParams },
    'antigen-test': { drivers: testDrivers(p.antigenTestShare), params: testParams },
    ventilator: {
      drivers: [
        { driver: 'critical beds at the peak, invasive ventilation', quantity: peakBeds.critical * p.shareCriticalInvasive },
        { driver: 'critical beds at the peak, non-invasive ventilation', quantity: peakBeds.critical * p.shareCriticalNonInvasive },
      ],
      params: [...caseParams, 'hospitalDaysCritical', 'shareCriticalInvasive', 'shareCriticalNonInvasive'],
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
      staff,
      tests: {
        diagnostic,
        negatives,
        contacts,
        staff: staffTests,
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
