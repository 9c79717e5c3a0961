import { describe, expect, it } from 'vitest';
import { safeNextPath } from './modules';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNextPath('/admin/audit?action=user.create')).toBe('/admin/audit?action=user.create');
  });
  it('refuses other sites and the login page itself', () => {
    for (const bad of ['//evil.example', 'https://evil.example/', '/\\evil.example', 'admin', '', null, '/login?next=/x'])
      expect(safeNextPath(bad)).toBe('/');
  });
});
