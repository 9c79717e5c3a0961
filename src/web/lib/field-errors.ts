import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../shared/schemas/errors';
import { fieldOfDetail, isApiRequestError } from './api-client';
import { errorText } from './error-text';

/**
 * A server error detail in the reader's language. The API words its details in English and adds a code
 * (the zod issue code) with the bound or format missed; those are worded here from `errors.detail.*`.
 * A detail without a code (a service's own check) keeps the server's words unless the form gives its own.
 */
export function detailMessage(detail: ErrorDetail, t: TFunction): string {
  switch (detail.code) {
    case 'too_small':
    case 'too_big': {
      const bound = detail.code === 'too_small' ? detail.minimum : detail.maximum;
      if (bound === undefined) break;
      const unit = detail.origin === 'string' ? 'string' : detail.origin === 'array' || detail.origin === 'set' ? 'array' : 'number';
      if (detail.code === 'too_small' && unit === 'string' && bound === 1) return t('errors.detail.required');
      return t(`errors.detail.${detail.code}.${unit}`, { count: bound, bound });
    }
    case 'invalid_format':
      if (detail.format === 'email') return t('errors.detail.email');
      if (detail.format === 'date') return t('errors.detail.date');
      return t('errors.detail.format');
    case 'invalid_type':
      return t('errors.detail.type');
    case 'invalid_value':
      return t('errors.detail.choice');
    default:
      break;
  }
  return detail.message;
}

/**
 * A refused request's messages per form field, in the reader's language, and the details no field shows.
 * `hints` are a form's own words for a field (used where the API's check has no code, e.g. a refinement).
 */
export function fieldMessages<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: TFunction,
  hints: Partial<Record<F, string>> = {},
): { byField: Partial<Record<F, string>>; rest: ErrorDetail[] } {
  const byField: Partial<Record<F, string>> = {};
  const rest: ErrorDetail[] = [];
  if (!isApiRequestError(error)) return { byField, rest };
  for (const detail of error.details) {
    const field = fieldOfDetail(detail.path) as F;
    if (!fields.includes(field)) {
      rest.push(detail);
      continue;
    }
    // A service's own check has no zod code: the form's hint, else the refusal's key worded (errors.keys.*).
    const message = detail.code === undefined || detail.code === 'custom' ? (hints[field] ?? (error.error.key === undefined ? detail.message : errorText(error.error, t))) : detailMessage(detail, t);
    const before = byField[field];
    byField[field] = before && before !== message ? `${before}; ${message}` : message;
  }
  return { byField, rest };
}

/** fieldMessages in the shell's words, for a form: `byField` beside each input, `shownFields` for its ErrorAlert. */
export function useFieldMessages<F extends string>(error: unknown, fields: readonly F[], hints?: Partial<Record<F, string>>) {
  const { t } = useTranslation();
  return { ...fieldMessages(error, fields, t, hints), shownFields: fields };
}
