// Stable names for the refusals a person meets, beside the generic `code`: a client words them in its reader's
// language from the key and its params (the `message` stays the server's English). Add a key here, in both web
// locales (errors.keys.*), and pass it where the error is thrown; web/i18n/error-keys.test.ts checks the three agree.
export const ERROR_KEYS = [
  'not-found',
  'sign-in-first',
  'wrong-credentials',
  'role-may-not',
  'csrf-missing',
  'cross-site',
  'payload-too-large',
  'rate-limited',
  'internal',
  'downloads-per-address',
  'downloads-busy',
  'situation.file-refused',
  'situation.no-series',
  'situation.import-much-smaller',
  'situation.source-empty',
  'accounts.email-taken',
  'accounts.disable-self',
  'accounts.demote-self',
  'accounts.wrong-password',
  'accounts.unknown-partner',
  'aid.draft-only',
  'aid.transition',
  'aid.plan-stale',
  'aid.plan-outdated',
  'aid.plan-reserve',
  'aid.consignment-closed',
  'aid.donor-file-refused',
  'aid.donor-file-repeated',
  'research.still-analysing',
  'research.nothing-to-retry',
  'research.nothing-to-reanalyse',
  'research.submission-refused',
  'knowledge.edition-final',
  'knowledge.already-published',
  'knowledge.no-files',
  'knowledge.publish-first',
  'knowledge.answer-first',
  'knowledge.answer-published',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

/** Values a key's text names, e.g. { source: 'jhu', countries: 3 }. */
export type ErrorParams = Record<string, string | number>;
