import { Unprocessable } from '../errors';

// JSON has no Infinity or NaN: a stored value from which one is computed makes every later read of it a 500.
// Services that store settings compute what they will answer from them first, and refuse to store them if
// any number in it is not finite.

/** The paths of the numbers in `value` that are not finite ('lines[2].reserve'). */
export function nonFinitePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path || '(root)'];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, path ? `${path}.${k}` : k));
}

/** Throws Unprocessable naming `input` (the field the caller sent) when `computed` holds a non-finite number. */
export function requireFinite(computed: unknown, input: string, what: string): void {
  const bad = nonFinitePaths(computed);
  if (bad.length === 0) return;
  throw new Unprocessable(`${what} would not be a number (${bad.slice(0, 3).join(', ')}): nothing was stored`, [{ path: input, message: 'this value makes a computed figure overflow; give a smaller one' }]);
}
