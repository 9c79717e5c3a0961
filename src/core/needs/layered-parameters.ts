import { NEEDS_PARAMETERS, NEEDS_PARAMETER_IDS, resolveParameters, usedParameters, type NeedsOverrides, type NeedsParameterValues, type UsedParameter } from './parameters';

// The needs model's values in three layers, each later one winning: the model's defaults
// (parameters.ts), the agency's saved values, a plan run's what-if overrides (ADR 035). Every parameter
// says which layer its value came from, so a reader can tell a sourced value from a changed one.

export type ParameterOrigin = 'model' | 'agency' | 'run';

export interface LayeredParameter extends UsedParameter {
  /** The model's default, as cited in `source`. */
  modelValue: number;
  /** The agency's saved value, or null when it keeps the model's. */
  agencyValue: number | null;
  origin: ParameterOrigin;
}

type Errors = { path: string; message: string }[];

/** The overrides a needs estimate takes: the agency's values with the run's on top. */
export function mergeOverrides(agency: NeedsOverrides = {}, run: NeedsOverrides = {}): NeedsOverrides {
  const merged: NeedsOverrides = {};
  for (const [id, value] of [...Object.entries(agency), ...Object.entries(run)]) if (value !== undefined) merged[id] = value;
  return merged;
}

/** Error paths of resolveParameters (`overrides`, `overrides.<id>`) under another name, e.g. `values`. */
export const renameOverridesPath = (errors: Errors, name: string): Errors => errors.map((e) => ({ ...e, path: e.path.replace(/^overrides/, name) }));

/**
 * Every parameter with its effective value and origin, the agency's values and the run's overrides
 * checked together by the model's own validation (resolveParameters). `overridden` is true whenever the
 * value is not the model's default, i.e. whenever `source` does not back it.
 */
export function layerParameters(
  agency: NeedsOverrides = {},
  run: NeedsOverrides = {},
): { ok: true; overrides: NeedsOverrides; values: NeedsParameterValues; parameters: LayeredParameter[] } | { ok: false; errors: Errors } {
  const overrides = mergeOverrides(agency, run);
  const resolved = resolveParameters(overrides);
  if (!resolved.ok) return resolved;
  // resolveParameters marks as overridden every id of the merged overrides: the agency's and the run's.
  const parameters = usedParameters(NEEDS_PARAMETER_IDS, resolved.values, resolved.overridden).map(
    (p): LayeredParameter => ({
      ...p,
      modelValue: NEEDS_PARAMETERS[p.id].value,
      agencyValue: agency[p.id] ?? null,
      origin: run[p.id] !== undefined ? 'run' : agency[p.id] !== undefined ? 'agency' : 'model',
    }),
  );
  return { ok: true, overrides, values: resolved.values, parameters };
}
