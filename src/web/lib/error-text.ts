import type { TFunction } from 'i18next';
import type { ApiErrorBody } from './api-client';

/**
 * A refusal's sentence in the reader's language: the server's key (shared/schemas/error-keys.ts) worded from
 * `errors.keys.*` with its params; an error without a key keeps the server's English words.
 */
export function errorText(error: ApiErrorBody, t: TFunction): string {
  if (error.key === undefined) return error.message;
  return t(`errors.keys.${error.key}`, { ...error.params, defaultValue: error.message });
}
