import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseFasta } from '../../../core/genome/parse/fasta-parser';
import { METADATA_COLUMNS } from '../../../shared/schemas/research';
import { systemActor } from '../../auth/actor';
import type { Db } from '../../db/types';
import type { CountriesService } from '../countries/countries.service';
import type { ResearchService } from './research.service';

// On first start, an empty genome repository receives the open genomes that ship in data/seed/genomes
// (Nextstrain's ncov example set, INSDC records; see PROVENANCE.md there), submitted like any
// researcher's: checked, stored, then analysed in the background by the worker pool.

export const GENOME_SEED_DIR = new URL('../../../../data/seed/genomes/', import.meta.url);

/** Nextstrain's country names that are not the shipped countries' English names. */
const COUNTRY_ALIASES: Record<string, string> = { USA: 'USA', Taiwan: 'TWN' };
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface GenomeSeedOutcome {
  submissionId: number;
  genomes: number;
  /** Records left out: no country we know, a date not to the day, no sequence, or a strain twice. */
  skipped: string[];
}

/** Submits the shipped genomes when the repository holds none; null when it holds some. */
export async function seedGenomes(db: Db, research: ResearchService, countries: CountriesService, dir: URL = GENOME_SEED_DIR): Promise<GenomeSeedOutcome | null> {
  const stored = await db.selectFrom('research_genomes').select('id').limit(1).executeTakeFirst();
  if (stored) return null;
  const iso3 = new Map((await countries.countries()).map((c) => [c.nameEn, c.iso3]));
  const sequences = new Map<string, string>();
  for (const record of parseFasta(gunzipSync(readFileSync(new URL('sequences.fasta.gz', dir))).toString('utf8'))) {
    if (record.error === null && !sequences.has(record.name)) sequences.set(record.name, record.sequence);
  }
  const [header, ...lines] = readFileSync(new URL('metadata.tsv', dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const column = new Map(header!.split('\t').map((name, i) => [name, i]));
  const field = (cells: string[], name: string) => cells[column.get(name) ?? -1]?.trim() ?? '';
  const rows: string[] = [];
  const fasta: string[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const line of lines) {
    const cells = line.split('\t');
    const strain = field(cells, 'strain');
    const country = COUNTRY_ALIASES[field(cells, 'country')] ?? iso3.get(field(cells, 'country'));
    const date = field(cells, 'date');
    const sequence = sequences.get(strain);
    if (!country || !FULL_DATE.test(date) || !sequence || taken.has(strain)) {
      skipped.push(strain);
      continue;
    }
    taken.add(strain);
    const cell = (name: string) => field(cells, name).replace(/\s+/g, ' ') || '?';
    rows.push([strain, date, country, cell('host'), cell('originating_lab'), cell('submitting_lab')].join('\t'));
    fasta.push(`>${strain}\n${sequence}\n`);
  }
  if (rows.length === 0) return null;
  const job = await research.submit(systemActor('seed'), { fasta: fasta.join(''), metadata: [METADATA_COLUMNS.join('\t'), ...rows].join('\n') });
  return { submissionId: job.id, genomes: rows.length, skipped };
}
