import { describe, expect, it } from 'vitest';
import { doiKey, normaliseDoi, registryIdProblem, registryOf } from './identifiers';

describe('registry ids', () => {
  it('names the registry of each accepted form', () => {
    expect(registryOf('NCT04381936')).toBe('NCT');
    expect(registryOf('ChiCTR2000029308')).toBe('ChiCTR');
    expect(registryOf('ChiCTR-IOR-17013287')).toBe('ChiCTR');
    expect(registryOf('ISRCTN50189673')).toBe('ISRCTN');
    expect(registryOf('2020-001113-21')).toBe('EudraCT');
    expect(registryOf('CTRI/2020/07/026300')).toBe('CTRI');
  });

  it('refuses near misses with the form of the registry meant', () => {
    for (const id of ['NCT0438193', 'nct04381936', 'NCT043819360', 'ChiCTR200002930', 'ChiCTR-IOR-1701328', 'ISRCTN5018967', 'ISRCTN 50189673', '']) expect(registryOf(id)).toBeNull();
    expect(registryIdProblem('NCT123')).toMatch(/NCT and 8 digits/);
    expect(registryIdProblem('ChiCTR123')).toMatch(/ChiCTR and 10 digits/);
    expect(registryIdProblem('ISRCTN1')).toMatch(/ISRCTN and 8 digits/);
    expect(registryIdProblem('trial 7')).toMatch(/expected a registry id/);
    expect(registryIdProblem('NCT04381936')).toBeNull();
  });
});

describe('DOIs', () => {
  it('takes a bare DOI, a doi: prefix or a doi.org address, and nothing else', () => {
    expect(normaliseDoi('10.1056/NEJMoa2021436')).toBe('10.1056/NEJMoa2021436');
    expect(normaliseDoi(' doi:10.1056/NEJMoa2021436 ')).toBe('10.1056/NEJMoa2021436');
    expect(normaliseDoi('https://doi.org/10.1016/S0140-6736(20)31022-9')).toBe('10.1016/S0140-6736(20)31022-9');
    expect(normaliseDoi('http://dx.doi.org/10.1001/jama.2020.17021')).toBe('10.1001/jama.2020.17021');
    for (const bad of ['10.1/x', '11.1056/NEJMoa2021436', '10.1056/', '10.1056/with space', 'NEJMoa2021436']) expect(normaliseDoi(bad)).toBeNull();
  });

  it('compares DOIs ignoring case', () => {
    expect(doiKey('10.1056/NEJMoa2021436')).toBe(doiKey('10.1056/nejmoa2021436'));
  });
});
