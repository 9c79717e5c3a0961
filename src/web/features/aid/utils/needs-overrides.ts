import { NEEDS_PARAMETERS, isParameterId } from '../../../../core/needs/parameters';
import { isApiRequestError } from '../../../lib/api-client';

/** Needs-model parameters changed for a what-if plan, by parameter id (sent as `needsOverrides`). */
export type NeedsOverrideValues = Record<string, number>;

/** The default of a parameter, from the one definition of the model (src/core/needs/parameters.ts). */
export const defaultOf = (id: string): number | undefined => (isParameterId(id) ? NEEDS_PARAMETERS[id].value : undefined);

/**
 * The overrides with one value changed: an emptied field or the base value (the model's default unless
 * given, e.g. the agency's value under a plan run's overrides) removes the override, so that only real
 * changes are sent.
 */
export function withOverride(overrides: NeedsOverrideValues, id: string, value: number | undefined, base = defaultOf(id)): NeedsOverrideValues {
  const next = { ...overrides };
  if (value === undefined || value === base) delete next[id];
  else next[id] = value;
  return next;
}

/**
 * A refused request's messages per parameter id (details at `<field>.<id>`: `needsOverrides` for a plan
 * run, `values` for the agency's parameters), for display beside each field.
 */
export function overrideErrors(error: unknown, field: 'needsOverrides' | 'values' = 'needsOverrides'): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiRequestError(error)) return out;
  for (const detail of error.details) {
    const match = new RegExp(`^(?:body[./])?${field}[./](\\w+)$`).exec(detail.path.replace(/^\/+/, ''));
    if (!match) continue;
    const id = match[1]!;
    out[id] = out[id] ? `${out[id]}; ${detail.message}` : detail.message;
  }
  return out;
}
