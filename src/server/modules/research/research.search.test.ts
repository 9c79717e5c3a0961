import { beforeAll, expect, it } from 'vitest';
import type { GenomeFilters } from '../../../shared/schemas/research';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { seedCountries } from '../countries/countries.seed';
import { insertGenomes, insertSubmission, requeueFailedGenomes, searchGenomes, storeAnalysis } from './research.repo';

// The search reads the mutation postings (ADR 006) and must answer exactly what the filters mean: checked
// against the same filters applied in memory to what was stored, for every filter alone and in pairs, by
// offset and by keyset, then again after genomes were analysed anew and after failed ones were put back.

const clock = () => new Date('2026-03-02T10:00:00Z');
const LABELS = ['C241T', 'S:D614G', 'S:N501Y', 'del:11288-11296', 'ins:22205:CGGCAGGCT', 'ORF1b:P314L'];
const CLADES = ['20A', '20I', '21J'];
const COUNTRIES = ['GBR', 'KEN', 'BRA'];

interface Stored {
  id: number;
  country: string;
  date: string;
  clade: string | null;
  qc: string | null;
  labels: string[];
}

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

const matches = (g: Stored, f: GenomeFilters) =>
  (!f.mutation || g.labels.includes(f.mutation)) &&
  (!f.clade || g.clade === f.clade) &&
  (!f.country || g.country === f.country) &&
  (!f.from || g.date >= f.from) &&
  (!f.to || g.date <= f.to) &&
  (!f.qc || g.qc === f.qc);

const FILTERS: GenomeFilters[] = [
  {},
  ...LABELS.map((mutation) => ({ mutation })),
  { mutation: 'G1T' },
  ...CLADES.map((clade) => ({ clade })),
  { mutation: 'S:D614G', country: 'KEN' },
  { mutation: 'S:D614G', from: '2021-03-01', to: '2021-08-31' },
  { mutation: 'C241T', clade: '20I' },
  { mutation: 'S:N501Y', qc: 'good' },
  { clade: '21J', country: 'BRA', qc: 'bad' },
];

describeEachDialect('genome search by postings', (getDb) => {
  const genomes = new Map<number, Stored>();
  const next = random(61);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;

  async function analyse(id: number): Promise<void> {
    const g = genomes.get(id)!;
    const labels = LABELS.filter(() => next() < 0.4);
    const stored = { ...g, clade: pick(CLADES), qc: pick(['good', 'mediocre', 'bad']), labels };
    await getDb().db.transaction().execute((trx) =>
      storeAnalysis(trx, id, { status: 'analysed', clade: stored.clade, qc_status: stored.qc, analysis: '{}' }, labels.map((label) => ({ kind: label.includes(':') && !/^(del|ins):/.test(label) ? 'aa' : 'nuc', label }))),
    );
    genomes.set(id, stored);
  }

  async function expectSameAsFilters(): Promise<void> {
    const all = [...genomes.values()].sort((a, b) => a.id - b.id);
    for (const f of FILTERS) {
      const expected = all.filter((g) => matches(g, f)).map((g) => g.id);
      const whole = await searchGenomes(getDb().db, f, 500, 0);
      expect({ f, ids: whole.rows.map((r) => r.id), total: whole.total }).toEqual({ f, ids: expected, total: expected.length });
      const second = await searchGenomes(getDb().db, f, 7, 7);
      expect(second.rows.map((r) => r.id)).toEqual(expected.slice(7, 14));
      // Keyset: each page starts after the id the previous one ended on.
      const paged: number[] = [];
      for (let after = 0; ; ) {
        const page = await searchGenomes(getDb().db, f, 9, 0, after);
        if (page.rows.length === 0) break;
        paged.push(...page.rows.map((r) => r.id));
        after = page.rows.at(-1)!.id;
      }
      expect(paged).toEqual(expected);
    }
  }

  beforeAll(async () => {
    const { db } = getDb();
    await seedCountries(db, clock);
    const submission = await insertSubmission(db, { status: 'done', total: 60, analysed: 60, failed: 0, errors: '[]', submitted_by: null, created_at: clock().toISOString() });
    await insertGenomes(
      db,
      Array.from({ length: 60 }, (_, i) => ({
        submission_id: submission,
        strain: `test/${i}`,
        collection_date: `2021-${String(1 + (i % 12)).padStart(2, '0')}-15`,
        country: COUNTRIES[i % COUNTRIES.length]!,
        host: 'Homo sapiens',
        originating_lab: 'A',
        submitting_lab: 'B',
        sequence: 'ACGT',
        status: 'pending',
        submitted_by: null,
        created_at: clock().toISOString(),
      })),
    );
    const rows = await db.selectFrom('research_genomes').select(['id', 'country', 'collection_date']).orderBy('id').execute();
    for (const r of rows) genomes.set(r.id, { id: r.id, country: r.country, date: r.collection_date, clade: null, qc: null, labels: [] });
    // Ten stay pending: no postings, found only without a mutation.
    for (const r of rows.slice(0, 50)) await analyse(r.id);
  });

  it('answers every filter, page and keyset as the filters do over the stored genomes', async () => {
    await expectSameAsFilters();
  });

  it('follows a genome analysed anew: its old mutations no longer find it, its new ones do', async () => {
    for (const id of [...genomes.keys()].slice(0, 50).filter((_, i) => i % 3 === 0)) await analyse(id);
    await expectSameAsFilters();
  });

  it('forgets the mutations of failed genomes put back to pending for a retry', async () => {
    const { db } = getDb();
    const failed = [...genomes.keys()].slice(10, 20);
    await db.updateTable('research_genomes').set({ status: 'failed' }).where('id', 'in', failed).execute();
    await requeueFailedGenomes(db, (await db.selectFrom('research_genomes').select('submission_id').executeTakeFirstOrThrow()).submission_id);
    for (const id of failed) genomes.set(id, { ...genomes.get(id)!, clade: null, qc: null, labels: [] });
    await expectSameAsFilters();
  });
});
