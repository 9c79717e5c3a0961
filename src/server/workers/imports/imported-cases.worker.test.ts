import { describe, expect, it } from 'vitest';
import { parseImportedCases } from '../../../core/consular/imported-cases-parse';
import { parseCasesInWorker } from './imported-cases.worker';
import { writeRowChunks } from './row-chunks';

// The imported-cases parse in a worker thread: the parser's errors unchanged, the cases as rows to write.

const HEADER = 'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band';
const countries = ['CHN', 'KEN', 'ITA'];

describe('imported cases worker', () => {
  it('refuses a bad cell with the parser’s own line and column', async () => {
    const text = [HEADER, '2026-03-01,JKIA,KQ101,CHN,KEN,yes,20-29', '2026-03-02,JKIA,KQ101,XXX,KEN,maybe,20-29'].join('\n');
    const reply = await parseCasesInWorker({ text, countries });
    const direct = parseImportedCases(text, { isCountry: (iso3) => countries.includes(iso3) });
    if (reply.ok || direct.ok) throw new Error('the file is refused');
    expect(reply.errors).toEqual(direct.errors);
    expect(reply.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 4],
      [3, 6],
    ]);
  });

  it('gives every case as a row, in the file’s order, with the summary of its dates', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 2500; i++) lines.push(`2026-0${1 + (i % 9)}-1${i % 10},JKIA,KQ${i},${i % 2 ? 'CHN' : 'ITA'},KEN,${i % 3 ? 'no' : 'yes'},${20 + (i % 5) * 10}-${29 + (i % 5) * 10}`);
    const reply = await parseCasesInWorker({ text: lines.join('\n'), countries });
    if (!reply.ok) throw new Error('the file parses');
    expect(reply.summary).toEqual({ imported: 2500, firstDate: '2026-01-10', lastDate: '2026-09-19' });
    const rows: unknown[] = [];
    await writeRowChunks(reply.rows, async (chunk) => void rows.push(...chunk));
    expect(reply.rows.chunks).toHaveLength(3);
    expect(rows).toHaveLength(2500);
    expect(rows[3]).toEqual(['2026-04-13', 'JKIA', 'KQ3', 'CHN', 'KEN', 1, '50-59']);
  });
});
