import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseGenome } from './analyse-genome';
import type { AnalysisResult } from './analysis-result';
import { parseDataset, type Dataset } from './dataset';
import { formatTsvRow, TSV_COLUMNS } from './output/format-tsv';
import { parseFasta, type FastaSequence } from './parse/fasta-parser';
import { FIXTURE_DIR, fixtureDataset, parseNextcladeTsv, REFERENCE_DIR } from './testing/fixture.test-support';
import { maskN, rebuildQuery } from './testing/rebuild.test-support';

// Golden test against the outputs Nextclade 1.4.1 recorded for 57 real genomes
// (../shared/data/sars-cov-2/nextclade_v1_fixture). Every mutation column must equal its output on
// every genome, up to two documented conventions of 1.4.1: insertions numbered one higher, and a
// 0-based alignmentStart. Clades are compared by code ("20I" of "20I (Alpha, V1)").

const read = (url: URL) => readFileSync(url, 'utf8');

let dataset: Dataset;
let genomes: FastaSequence[];
let expected: Record<string, string>[];
let results: AnalysisResult[];
let ours: Record<string, string>[];

beforeAll(() => {
  dataset = fixtureDataset(read);
  genomes = parseFasta(read(new URL('input/sequences.fasta', FIXTURE_DIR))) as FastaSequence[];
  expected = parseNextcladeTsv(read(new URL('expected/nextclade.tsv', FIXTURE_DIR)));
  results = genomes.map((g) => analyseGenome({ name: g.name, sequence: g.sequence }, dataset));
  ours = results.map((r) => Object.fromEntries(formatTsvRow(r).split('\t').map((v, i) => [TSV_COLUMNS[i]!, v])));
});

/** Today's insertion numbering: 1.4.1's TSV numbers an insertion by the reference base after it. */
const insertionsToday = (v: string) =>
  v
    .split(',')
    .filter(Boolean)
    .map((x) => {
      const [pos, seq] = x.split(':');
      return `${Number(pos) - 1}:${seq}`;
    })
    .join(',');

describe('golden: Nextclade 1.4.1 fixture, 57 genomes', () => {
  it('reads all 57 genomes, in the order of the expected output', () => {
    expect(genomes).toHaveLength(57);
    expect(results.map((r) => r.seqName)).toEqual(expected.map((e) => e['seqName']));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
  });

  const exact = ['substitutions', 'deletions', 'missing', 'nonACGTNs', 'aaSubstitutions', 'aaDeletions', 'frameShifts', 'alignmentEnd'];
  for (const column of exact) {
    it(`${column}: equal on every genome`, () => {
      const mismatches = ours.flatMap((row, i) => (row[column] === expected[i]![column] ? [] : [`${row['seqName']}: ${row[column]} != ${expected[i]![column]}`]));
      expect(mismatches).toEqual([]);
    });
  }

  it('insertions: equal on every genome, numbered by the base before them', () => {
    const mismatches = ours.flatMap((row, i) => (row['insertions'] === insertionsToday(expected[i]!['insertions']!) ? [] : [row['seqName']]));
    expect(mismatches).toEqual([]);
  });

  it('insertions: equal to the numbering of nextalign.insertions.csv', () => {
    const csv = read(new URL('expected/nextalign.insertions.csv', FIXTURE_DIR)).trim().split('\n').slice(1);
    const byName = new Map(csv.map((line) => line.match(/^"(.*)","(.*)"$/)!.slice(1) as [string, string]));
    for (const row of ours) expect(row['insertions']).toBe(byName.get(row['seqName']!));
  });

  it('alignmentStart: 1-based, one more than 1.4.1 (0-based)', () => {
    expect(ours.map((r) => Number(r['alignmentStart']))).toEqual(expected.map((e) => Number(e['alignmentStart']) + 1));
  });

  it('alignment scores equal Nextclade: the alignments are as optimal, under its scoring', () => {
    expect(results.map((r) => r.alignmentScore)).toEqual(expected.map((e) => Number(e['alignmentScore'])));
  });

  it('totals agree with the lists', () => {
    for (const [i, row] of ours.entries()) {
      for (const c of ['totalSubstitutions', 'totalDeletions', 'totalInsertions', 'totalFrameShifts', 'totalAminoacidSubstitutions', 'totalAminoacidDeletions', 'totalMissing', 'totalNonACGTNs']) {
        expect(row[c], `${row['seqName']} ${c}`).toBe(expected[i]![c]);
      }
    }
  });

  it('genes Nextclade could not translate are reported as warnings, for the same genomes', () => {
    const failed = read(new URL('expected/nextclade.errors.csv', FIXTURE_DIR))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.match(/^"(.*)","(.*)","(.*)","(.*)"$/)!)
      .filter((m) => m[4] !== '')
      .map((m) => `${m[1]}: ${m[4]!.split(';').join(',')}`);
    const ourFailed = results.filter((r) => r.warnings.length > 0).map((r) => `${r.seqName}: ${r.warnings.map((w) => w.gene).join(',')}`);
    expect(ourFailed).toEqual(failed);
  });

  it('missing-data, mixed-sites, frame-shift and stop-codon QC scores equal Nextclade', () => {
    for (const [i, row] of ours.entries()) {
      for (const c of ['qc.missingData.score', 'qc.mixedSites.score', 'qc.frameShifts.score', 'qc.stopCodons.score', 'qc.frameShifts.frameShiftsIgnored']) {
        expect(row[c], `${row['seqName']} ${c}`).toBe(expected[i]![c]);
      }
    }
  });

  // Placed on the shipped reference tree (ADR 013). 1.4.1 used the dataset tree of 2021-09-20; ours
  // is the 2021-06-30 one, so nearest nodes and private-mutation counts may differ slightly.
  it('clade, from the nearest tree node, agrees on at least 98% of genomes', () => {
    const agree = ours.filter((row, i) => row['clade'] === expected[i]!['clade']!.split(' ')[0]).length;
    expect(agree / ours.length).toBeGreaterThanOrEqual(0.98);
  });

  it('QC overall status agrees on at least 90% of genomes', () => {
    const agree = ours.filter((row, i) => row['qc.overallStatus'] === expected[i]!['qc.overallStatus']).length;
    expect(agree / ours.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('QC status', () => {
  it("without a tree, agrees with Nextclade's on most genomes when the dataset has Nextclade's mutation labels", () => {
    // The fixture's QC settings plus the clade labels of today's pathogen.json (not shipped: licence).
    const qc = JSON.parse(read(new URL('input/qc.json', FIXTURE_DIR))) as Record<string, unknown>;
    qc['mutLabels'] = (JSON.parse(read(new URL('nextclade_dataset_wuhan-hu-1_orfs/pathogen.json', REFERENCE_DIR))) as Record<string, unknown>)['mutLabels'];
    const outcome = parseDataset({
      name: 'labelled',
      referenceFasta: read(new URL('input/reference.fasta', FIXTURE_DIR)),
      annotationGff3: read(new URL('input/genemap.gff', FIXTURE_DIR)),
      cladesTsv: read(new URL('clades.tsv', REFERENCE_DIR)),
      qcJson: JSON.stringify(qc),
    });
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const statuses = genomes.map((g) => analyseGenome({ name: g.name, sequence: g.sequence }, outcome.dataset).qc?.overallStatus);
    const agree = statuses.filter((s, i) => s === expected[i]!['qc.overallStatus']).length;
    expect(agree).toBeGreaterThanOrEqual(50);
  });
});

describe('direct calls', () => {
  it('without a tree, assigns the clade from clades.tsv and counts private mutations against its definition', () => {
    const treeless = fixtureDataset(read, { tree: false });
    const r = analyseGenome({ name: genomes[0]!.name, sequence: genomes[0]!.sequence }, treeless);
    expect(r.nearestNodeId).toBeNull();
    expect(r.clade).toBe(expected[0]!['clade']!.split(' ')[0]);
    expect(r.privateMutations.insertions).toBeUndefined();
    expect(results[0]!.nearestNodeId).toEqual(expect.any(Number));
  });

  it('reports an illegal letter as an error value, and drops gaps of an aligned input', () => {
    expect(analyseGenome({ name: 'x', sequence: 'ACGTJ' }, dataset).errors).toEqual(["illegal character 'J' at position 5"]);
    const gapped = genomes[0]!.sequence.slice(0, 500) + '---' + genomes[0]!.sequence.slice(500);
    expect(analyseGenome({ name: 'g', sequence: gapped }, dataset).substitutions).toEqual(results[0]!.substitutions);
  });
});

describe('property on the 57 real genomes', () => {
  it('applying the reported substitutions, deletions and insertions to the reference rebuilds the query outside N runs', () => {
    const reference = dataset.reference.sequence;
    for (const [i, result] of results.entries()) {
      const query = genomes[i]!.sequence;
      expect(maskN(rebuildQuery(reference, result), query), result.seqName).toBe(query);
    }
  });
});

describe('property on generated genomes', () => {
  // A 4 kb slice of the reference with a gene in it keeps each run fast; mutations are applied at
  // sorted, non-overlapping positions: substitutions, deletions, insertions, N runs, ambiguity codes.
  const SLICE_FROM = 20_000;
  const SLICE_LENGTH = 4_000;
  let slice: Dataset;
  let refSlice: string;

  beforeAll(() => {
    refSlice = dataset.reference.sequence.slice(SLICE_FROM, SLICE_FROM + SLICE_LENGTH);
    const outcome = parseDataset({
      name: 'slice',
      referenceFasta: `>slice\n${refSlice}\n`,
      annotationGff3: '##gff-version 3\n.\t.\tgene\t1564\t3822\t.\t+\t.\tgene_name=Spart\n',
      cladesTsv: 'clade\tgene\tsite\talt\n',
      qcJson: read(new URL('input/qc.json', FIXTURE_DIR)),
    });
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    slice = outcome.dataset;
  });

  const base = fc.constantFrom('A', 'C', 'G', 'T');
  const event = fc.oneof(
    fc.record({ kind: fc.constant('sub' as const), at: fc.nat(SLICE_LENGTH - 1), letter: base }),
    fc.record({ kind: fc.constant('del' as const), at: fc.nat(SLICE_LENGTH - 1), length: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ kind: fc.constant('ins' as const), at: fc.nat(SLICE_LENGTH), letters: fc.array(base, { minLength: 1, maxLength: 12 }).map((a) => a.join('')) }),
    fc.record({ kind: fc.constant('n' as const), at: fc.nat(SLICE_LENGTH - 1), length: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ kind: fc.constant('amb' as const), at: fc.nat(SLICE_LENGTH - 1), letter: fc.constantFrom('R', 'Y', 'K', 'M', 'S', 'W') }),
  );
  type Event = typeof event extends fc.Arbitrary<infer E> ? E : never;

  function mutate(ref: string, events: Event[]): string {
    let out = '';
    let cursor = 0;
    for (const e of [...events].sort((a, b) => a.at - b.at)) {
      if (e.at < cursor) continue; // overlaps the previous event
      out += ref.slice(cursor, e.at);
      cursor = e.at;
      if (e.kind === 'ins') out += e.letters;
      else if (e.kind === 'sub' || e.kind === 'amb') {
        out += e.letter;
        cursor++;
      } else if (e.kind === 'del') cursor = Math.min(ref.length, cursor + e.length);
      else {
        const end = Math.min(ref.length, cursor + e.length);
        out += 'N'.repeat(end - cursor);
        cursor = end;
      }
    }
    return out + ref.slice(cursor);
  }

  it('rebuilds the query from the reported mutations (outside N runs)', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const query = mutate(refSlice, events);
        const result = analyseGenome({ name: 'generated', sequence: query }, slice);
        expect(result.errors).toEqual([]);
        expect(maskN(rebuildQuery(refSlice, result), query)).toBe(query);
      }),
      { numRuns: 200, seed: 20_260_101 },
    );
  });

  it('reports exactly the substitutions applied, when only substitutions are applied', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: SLICE_LENGTH - 1 }), { maxLength: 30 }), (positions) => {
        const letters = refSlice.split('');
        for (const p of positions) letters[p] = { A: 'C', C: 'G', G: 'T', T: 'A' }[letters[p] as 'A']!;
        const result = analyseGenome({ name: 'subs', sequence: letters.join('') }, slice);
        expect(result.substitutions.map((s) => s.pos)).toEqual([...positions].sort((a, b) => a - b).map((p) => p + 1));
        expect(result.deletions).toEqual([]);
        expect(result.insertions).toEqual([]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
