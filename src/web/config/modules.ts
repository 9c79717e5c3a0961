// The five modules of docs/design.md, in the order of the chain they close. Titles, jobs and capabilities are
// translated under `modules.<id>` in the locale files.
export const MODULE_IDS = ['situation', 'aid', 'knowledge', 'research', 'consular'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const paths = {
  home: '/',
  module: (id: ModuleId) => `/${id}`,
  countries: '/countries',
  login: '/login',
  profile: '/profile',
  adminUsers: '/admin/users',
  adminAudit: '/admin/audit',
} as const;

/** A path to come back to after login: only same-site paths, never `//host` or a full URL. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home;
  if (value.startsWith(paths.login)) return paths.home;
  return value;
}
