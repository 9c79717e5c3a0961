import type { Instance } from '../../shared/schemas/plan';
import { QUARTER_WEIGHTS } from './coverage-value';
import { prepare, type Prepared } from './prepare';

// The allocation MILP of issue 4 as CPLEX LP text, for HiGHS to solve directly: the fallback when the
// structured solver cannot close its gap, and the oracle of the tests and the benchmark. The model is
// the issue's, with each quarter's coverage scaled by its demand (y_cik = u_cik / d_ci ∈ [0, 1/4]) so
// that objective coefficients are w_c·v_i·s_k and not tiny numbers:
//   max  Σ w_c·v_i·s_k·y_cik
//   s.t. Σ_k y_cik − (p_i/d_ci)·n_ci = 0          (coverage = x_ci / d_ci, x_ci = p_i·n_ci)
//        Σ_c p_i·n_ci ≤ A_i − R_i                  (supply above the reserve)
//        Σ_ci g_i·n_ci ≤ F                         (freight, when given)
//        0 ≤ n_ci ≤ ⌊d_ci/p_i⌋ integer (x ≤ d),   0 ≤ y_cik ≤ 1/4

export interface HighsModel {
  lp: string;
  /** Column name of n for each prepared pair (same order as prepare(instance).pairs). */
  packColumns: string[];
  prep: Prepared;
}

const num = (x: number) => {
  if (!Number.isFinite(x)) throw new Error(`non-finite coefficient ${x}`);
  return String(x);
};

/** Writes `name: t1 + t2 ... <op> rhs`, breaking long rows over several lines (the LP format allows it). */
function row(out: string[], name: string, terms: string[], tail: string): void {
  const lines: string[] = [];
  for (let k = 0; k < terms.length; k += 8) lines.push(terms.slice(k, k + 8).join(' '));
  out.push(` ${name}: ${lines.join('\n   ')} ${tail}`);
}

const signed = (coef: number, column: string) => (coef < 0 ? `- ${num(-coef)} ${column}` : `+ ${num(coef)} ${column}`);

export function buildHighsModel(instance: Instance): HighsModel {
  const prep = prepare(instance);
  const { items, pairs } = prep;
  const packColumns = pairs.map((_, k) => `n${k}`);
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const supply: string[][] = items.map(() => []);
  const freight: string[] = [];

  pairs.forEach((pair, k) => {
    const item = items[pair.item];
    const n = packColumns[k];
    const link: string[] = [];
    for (let q = 0; q < 4; q++) {
      const y = `y${k}_${q}`;
      const coef = pair.coef * QUARTER_WEIGHTS[q];
      if (coef !== 0) objective.push(signed(coef, y));
      link.push(`+ ${y}`);
      bounds.push(` 0 <= ${y} <= 0.25`);
    }
    link.push(signed(-item.packSize / pair.demand, n));
    row(rows, `link${k}`, link, '= 0');
    bounds.push(` 0 <= ${n} <= ${pair.maxPacks}`);
    supply[pair.item].push(signed(item.packSize, n));
    if (item.weight > 0) freight.push(signed(item.weight, n));
  });
  items.forEach((item, i) => {
    if (supply[i].length > 0) row(rows, `supply${i}`, supply[i], `<= ${num(item.available - item.reserve)}`);
  });
  if (prep.freightCapacity !== null && freight.length > 0) row(rows, 'freight', freight, `<= ${num(prep.freightCapacity)}`);

  const objectiveRow: string[] = [];
  row(objectiveRow, 'obj', objective.length > 0 ? objective : ['0 n0'], '');
  const generals: string[] = [];
  for (let k = 0; k < packColumns.length; k += 16) generals.push(` ${packColumns.slice(k, k + 16).join(' ')}`);
  // Joined section by section: spreading 10^5 lines into push() overflows the stack.
  const sections = [
    'Maximize',
    pairs.length > 0 ? objectiveRow[0] : ' obj: 0 dummy',
    'Subject To',
    rows.length > 0 ? rows.join('\n') : ' none: dummy >= 0',
    'Bounds',
    bounds.length > 0 ? bounds.join('\n') : ' 0 <= dummy <= 0',
    'Generals',
    ...(generals.length > 0 ? [generals.join('\n')] : []),
    'End',
  ];
  return { lp: sections.join('\n'), packColumns, prep };
}
