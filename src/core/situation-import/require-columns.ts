// Finds the columns a parser needs by header name, so their order in the file does not matter.
import type { ErrorLog } from './parse-result';

/** Index of each required column, or an error per missing one. */
export function requireColumns<T extends string>(header: string[], required: readonly T[], log: ErrorLog, file?: string): Record<T, number> | null {
  const index = {} as Record<T, number>;
  for (const name of required) {
    const at = header.indexOf(name);
    if (at === -1) log.add({ file, line: 1, column: null, field: name, message: `the header has no "${name}" column` });
    index[name] = at;
  }
  return log.empty ? index : null;
}
