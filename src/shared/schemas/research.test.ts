import { describe, expect, it } from 'vitest';
import { parseMutationQuery } from './research';

describe('parseMutationQuery', () => {
  it('accepts an amino-acid change in any case, labelled as the annotation names genes', () => {
    expect(parseMutationQuery('s:d614g')).toEqual({ label: 'S:D614G' });
    expect(parseMutationQuery('orf1a:t265i')).toEqual({ label: 'ORF1a:T265I' });
    expect(parseMutationQuery('S:h69-')).toEqual({ label: 'S:H69-' });
    expect(parseMutationQuery('c241t')).toEqual({ label: 'C241T' });
  });

  it('still refuses what is not a mutation', () => {
    expect(parseMutationQuery('s:d614')).toHaveProperty('error');
  });
});
