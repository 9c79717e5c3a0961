import { describe, expect, it } from 'vitest';
import type { ServiceLog } from '../../log';
import { readAgencySeverityWeights, readCaseForecasts, readSituationFacts, type SituationReader } from './aid-situation';

// The aid module goes on without the situation when it cannot be read, and says so in the log.
function recordingLog() {
  const warnings: string[] = [];
  const log: ServiceLog = { info: () => {}, warn: (_obj, message) => warnings.push(message), error: (_obj, message) => warnings.push(message) };
  return { log, warnings };
}

const broken: SituationReader = {
  overviewData: () => Promise.reject(new Error('the indicators worker stopped')),
  severityWeights: () => Promise.reject(new Error('database gone')),
  caseForecastForNeeds: () => Promise.reject(new Error('no series')),
};

describe('reading the situation for aid', () => {
  it('goes on without what cannot be read, and logs each failure', async () => {
    const { log, warnings } = recordingLog();
    expect(await readSituationFacts(broken, log)).toBeNull();
    expect(await readAgencySeverityWeights(broken, log)).toBeNull();
    expect((await readCaseForecasts(broken, ['KEN', 'ITA'], log)).size).toBe(0);
    expect(warnings).toEqual([
      'aid: the situation could not be read; priorities go on with health system and urgency only',
      "aid: the agency's severity weights could not be read; the model's weights are used",
      'aid: the case forecast could not be read; the recent mean stands',
      'aid: the case forecast could not be read; the recent mean stands',
    ]);
  });
});
