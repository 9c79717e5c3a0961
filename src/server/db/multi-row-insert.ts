import { CompiledQuery } from 'kysely';
import type { DbExecutor, Dialect } from './types';

// Bulk inserts as raw multi-row INSERTs of a fixed shape (each statement text built once per number of rows): building a query tree per row costs more than SQLite's insert itself, and an import's
// transaction holds SQLite's one connection while it runs.

/** Parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 10_000;

/** An insert of rows (each a value per column, in `columns` order) into `table`, in statements of as many rows as fit. */
export function multiRowInsert(dialect: Dialect, table: string, columns: readonly string[]) {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const text = (rows: number) => {
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) {
      const b = r * columns.length;
      tuples.push(`(${columns.map((_, c) => (dialect === 'postgres' ? `$${b + c + 1}` : '?')).join(', ')})`);
    }
    return `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`;
  };
  const texts = new Map<number, string>();
  return async (db: DbExecutor, rows: readonly (readonly unknown[])[]): Promise<void> => {
    for (let start = 0; start < rows.length; start += perStatement) {
      const end = Math.min(rows.length, start + perStatement);
      const params: unknown[] = [];
      for (let i = start; i < end; i++) for (const value of rows[i]) params.push(value);
      const count = end - start;
      let sql = texts.get(count);
      if (sql === undefined) texts.set(count, (sql = text(count)));
      await db.executeQuery(CompiledQuery.raw(sql, params));
    }
  };
}
