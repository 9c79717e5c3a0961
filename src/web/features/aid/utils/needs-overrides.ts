import { NEEDS_PARAMETERS, isParameterId } from '../../../../core/needs/parameters';
import { isApiRequestError } from '../../../lib/api-client';

/** Needs-model parameters changed for a what-if plan, by parameter id (sent as `needsOverrides`). */
export type NeedsOverrideValues = Record<string, number>;

/** The default of a parameter, from the one definition of the model (src/core/needs/parameters.ts). */
export const defaultOf = (id: string): number | undefined => (isParameterId(id) ? NEEDS_PARAMETERS[id].value : undefined);

/**
 * The overrides with one value changed: an emptied field or the default value removes the override, so
 * that only real changes are sent.
 */
export function withOverride(overrides: NeedsOverrideValues, id: string, value: number | undefined): NeedsOverrideValues {
  const next = { ...overrides };
  if (value === undefined || value === defaultOf(id)) delete next[id];
  else next[id] = value;
  return next;
}

/** A refused plan run's messages per parameter id (details at `needsOverrides.<id>`), for display beside each field. */
export function overrideErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiRequestError(error)) return out;
  for (const detail of error.details) {
    const match = /^(?:body[./])?needsOverrides[./](\w+)$/.exec(detail.path.replace(/^\/+/, ''));
    if (!match) continue;
    const id = match[1]!;
    out[id] = out[id] ? `${out[id]}; ${detail.message}` : detail.message;
  }
  return out;
}
