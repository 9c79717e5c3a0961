import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('settings', () => {
  it('keeps ended import jobs 30 days unless told, and refuses a retention that is not a whole number of days from 1', () => {
    expect(parseEnv({}).CONCORD_IMPORT_JOBS_RETENTION_DAYS).toBe(30);
    expect(parseEnv({ CONCORD_IMPORT_JOBS_RETENTION_DAYS: '7' }).CONCORD_IMPORT_JOBS_RETENTION_DAYS).toBe(7);
    for (const wrong of ['0', '-3', '1.5', 'thirty', '100000']) expect(() => parseEnv({ CONCORD_IMPORT_JOBS_RETENTION_DAYS: wrong })).toThrow(/CONCORD_IMPORT_JOBS_RETENTION_DAYS/);
  });
});
