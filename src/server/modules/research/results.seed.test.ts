import { expect, it } from 'vitest';
import { readResultsSeed } from './results.seed';

// The seed's claim to have been checked (ADR 052): a record marked verified says where it was checked and
// when; one left unverified names the figure that could not be confirmed, which the app shows with the mark.
const seed = readResultsSeed();

it('names where and when every record was checked, and what is unconfirmed in one left unverified', () => {
  expect(seed.filter((r) => r.verified).length).toBeGreaterThan(0);
  for (const r of seed) {
    expect(r.note, r.title).toMatch(/https:\/\/\S+/);
    expect(r.note, r.title).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    expect(r.note, r.title).not.toMatch(/from memory/i);
    if (!r.verified) expect(r.note, r.title).toMatch(/^Unconfirmed: /);
  }
});

it('keeps the figures the checks confirmed', () => {
  const recovery = seed.find((r) => r.doi === '10.1056/NEJMoa2021436')!;
  expect(recovery.date).toBe('2020-07-17'); // the preliminary report's first publication; the figures are the final report's
  expect(recovery.trial!.arms.map((a) => a.size)).toEqual([2104, 4321]);
  expect(recovery.trial!.outcomes[0]).toMatchObject({ estimate: 0.83, lower: 0.75, upper: 0.93 });
  const cape = seed.find((r) => r.doi === '10.1001/jama.2020.16761')!;
  expect(cape.trial!.outcomes[0]).toMatchObject({ estimate: -8.6, lower: -24.9, upper: 7.7, level: 0.9548 });
  const actt1 = seed.find((r) => r.registryIds.includes('NCT04280705'))!;
  expect(actt1.date).toBe('2020-05-22');
  expect(actt1.trial!.arms.map((a) => a.size)).toEqual([541, 521]);
});
