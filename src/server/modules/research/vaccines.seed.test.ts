import { expect, it } from 'vitest';
import { readVaccineSeed } from './vaccines.seed';

// The seed's claim to have been checked (ADR 051): a candidate marked verified says where it was checked and
// when, and carries no unverified trial or result; one left unverified names what could not be confirmed.
const seed = readVaccineSeed();
const byName = (name: string) => seed.find((c) => c.name.startsWith(name))!;

it('names where and when every candidate was checked, and what is unconfirmed in one left unverified', () => {
  expect(seed.filter((c) => c.verified).length).toBeGreaterThan(0);
  for (const c of seed) {
    expect(c.note, c.name).toMatch(/https?:\/\/\S+/);
    expect(c.note, c.name).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    expect(c.note, c.name).not.toMatch(/from memory|as we recall/i);
    if (c.verified) expect([...c.trials, ...c.results].filter((x) => !x.verified), c.name).toEqual([]);
    else expect(c.note, c.name).toMatch(/^Unconfirmed: /);
  }
});

it('keeps the facts the checks corrected', () => {
  const wibp = byName('Inactivated SARS-CoV-2 vaccine (Vero cell), Wuhan');
  expect([wibp.doses, wibp.doseIntervalDays]).toEqual([2, 21]); // the phase 3 schedule, not phase 1's three doses
  expect(wibp.trials.map((t) => t.registryId)).toContain('ChiCTR2000034780');
  // NCT04523571 tested BNT162b1, a sibling candidate
  expect(byName('BNT162b2').trials.map((t) => t.registryId)).not.toContain('NCT04523571');
  const ino = byName('INO-4800');
  expect(ino.partners.map((p) => p.name)).toContain('Advaccine Biopharmaceuticals (Suzhou)');
  expect(ino.trials.map((t) => t.registryId)).toEqual(expect.arrayContaining(['NCT04447781', 'ChiCTR2000040146']));
  const zf = byName('ZF2001');
  expect(zf.trials.find((t) => t.registryId === 'NCT04646590')).toMatchObject({ start: '2020-12-16', verified: true });
  expect(zf.results.map((r) => r.doi)).toEqual(['10.1016/S1473-3099(21)00127-4', '10.1056/NEJMoa2202261']);
});
