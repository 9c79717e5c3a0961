import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Dialect } from './types';

// The few places where SQLite and PostgreSQL spell a column differently.
export function columnTypes(dialect: Dialect) {
  return {
    double: dialect === 'postgres' ? ('double precision' as const) : ('real' as const),
    bigint: dialect === 'postgres' ? ('bigint' as const) : ('integer' as const),
  };
}

export function withIdColumn<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: Dialect,
): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
  );
}
