import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, summaryEntries, toAuditQuery } from './audit-filters';

describe('audit filters in the URL', () => {
  it('round-trips filters and page, dropping empty values', () => {
    const params = new URLSearchParams('action=user.create&entityId=%2042%20&from=2024-01-01&page=3');
    const { filters, page } = filtersFromParams(params);
    expect(filters).toEqual({ action: 'user.create', entityType: '', entityId: '42', from: '2024-01-01', to: '' });
    expect(page).toBe(3);
    expect(paramsFromFilters(filters, page)).toEqual({ action: 'user.create', entityId: '42', from: '2024-01-01', page: '3' });
  });

  it('ignores a malformed date and a nonsense page', () => {
    const { filters, page } = filtersFromParams(new URLSearchParams('from=yesterday&page=-2'));
    expect(filters.from).toBe('');
    expect(page).toBe(1);
  });

  it('turns a page into limit and offset', () => {
    const filters = { action: '', entityType: 'user', entityId: '', from: '', to: '' };
    expect(toAuditQuery(filters, 2)).toEqual({ limit: 50, offset: 50, entityType: 'user' });
  });
});

describe('summaryEntries', () => {
  it('rounds numbers, also inside objects, and keeps integers whole', () => {
    expect(summaryEntries({ objective: 0.62500000000012, weights: { urgency: 0.333333333 }, number: 120000 })).toEqual([
      ['objective', '0.625'],
      ['weights', '{"urgency":0.3333}'],
      ['number', '120000'],
    ]);
  });

  it('shows strings as they are and the rest as JSON', () => {
    expect(summaryEntries({ email: 'a@b.org', disabled: true, changes: { role: 'admin' }, none: null })).toEqual([
      ['email', 'a@b.org'],
      ['disabled', 'true'],
      ['changes', '{"role":"admin"}'],
      ['none', 'null'],
    ]);
  });
});
