import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../lib/api-client';
import { blankRecord, clientErrors, serverErrors, splitList } from './result-form';

const t = i18next.t.bind(i18next);

describe('result form errors', () => {
  it('places the schema’s problems of a blank record at their fields', () => {
    const errors = clientErrors(blankRecord(), t);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['title', 'abstract', 'date', 'authors.0.name', 'authors.0.country', 'trial.arms.0.label']));
  });

  it('keeps the core’s wording for a registry id of the wrong form', () => {
    const errors = clientErrors({ ...blankRecord(), registryIds: ['NCT123'] }, t);
    expect(errors['registryIds.0']).toMatch(/NCT and 8 digits/);
  });

  it('reads the server’s details under the record’s field paths', () => {
    const error = new ApiRequestError(409, { code: 'conflict', message: 'm', details: [{ path: 'body.record.doi', message: 'result 3 already has this DOI' }] });
    expect(serverErrors(error, t)).toEqual({ doi: 'result 3 already has this DOI' });
  });

  it('splits lists on commas, semicolons and lines', () => {
    expect(splitList('a, b;c\n d ,')).toEqual(['a', 'b', 'c', 'd']);
  });
});
