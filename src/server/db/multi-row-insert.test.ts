import { expect, it } from 'vitest';
import { describeEachDialect } from './test-databases.test-support';
import { multiRowInsert } from './multi-row-insert';

// Rows past one statement's worth (10,000 parameters) and a shorter last statement land whole and in order.
describeEachDialect('multi-row insert', (get) => {
  it('inserts every row, over several statements, with each value in its column', async () => {
    const { db, dialect } = get();
    const insert = multiRowInsert(dialect, 'situation_series', ['source', 'iso3', 'date', 'cumulative_cases', 'cumulative_deaths']);
    const rows = Array.from({ length: 4_500 }, (_, i) => ['test', `C${String(i % 100).padStart(2, '0')}`, `2020-01-01+${Math.floor(i / 100)}`, i, i % 7]);
    await db.transaction().execute((trx) => insert(trx, rows));
    const stored = await db.selectFrom('situation_series').select(['iso3', 'date', 'cumulative_cases', 'cumulative_deaths']).where('source', '=', 'test').orderBy('cumulative_cases').execute();
    expect(stored).toHaveLength(4_500);
    expect(stored.map((r) => [r.iso3, r.date, Number(r.cumulative_cases), Number(r.cumulative_deaths)])).toEqual(rows.map((r) => r.slice(1)));
  });
});
