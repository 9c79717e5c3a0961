import { describe, expect, it } from 'vitest';
import { importDateBounds } from '../../../core/situation-import/date-bounds';
import { parseJhu } from '../../../core/situation-import/jhu-parse';
import { jhuFull, jhuSample } from '../../modules/situation/situation.test-support';
import { parseSeries, parseSeriesInWorker, type SeriesParseRequest, type SeriesRow } from './series-import.worker';
import { writeRowChunks } from './row-chunks';

// The series parse in a worker thread gives what the parser gives on this thread (errors with file, line and
// column unchanged; the records as rows), and the event loop keeps turning while it runs.

const dates = importDateBounds('2019-12-01', '2026-11-26');
const request = (files: { confirmed: string; deaths: string }): SeriesParseRequest => ({ request: { source: 'jhu', files }, alpha2ToIso3: [], dates });

/** Counts the turns of the event loop until the returned stop is called. */
function countTurns(): () => number {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return () => {
    running = false;
    return turns;
  };
}

describe('series import worker', () => {
  it('refuses a malformed file with the parser’s own errors: file, line, column and field', async () => {
    const files = jhuSample(60, ['Kenya', 'Italy']);
    const lines = files.confirmed.split('\n');
    lines[2] = lines[2].replace(/,(\d+)$/, ',12x');
    const bad = { ...files, confirmed: lines.join('\n') };
    const reply = await parseSeriesInWorker(request(bad));
    const direct = parseJhu(bad, { dates });
    expect(reply.ok).toBe(false);
    expect(direct.ok).toBe(false);
    if (reply.ok || direct.ok) return;
    expect(reply.errors).toEqual(direct.errors);
    expect(reply.errors[0]).toMatchObject({ file: 'confirmed', line: 3, column: 64 });
    expect(reply.warnings).toEqual(direct.warnings);
  });

  it('parses the full JHU pair off this thread: the loop turns meanwhile, and the rows are the parser’s records', async () => {
    const files = jhuFull();
    const stop = countTurns();
    const reply = await parseSeriesInWorker(request(files));
    const turns = stop();
    // Parsed on this thread, the reply would be ready before any other callback ran.
    expect(turns).toBeGreaterThan(0);
    const direct = parseJhu(files, { dates });
    if (!reply.ok || !direct.ok) throw new Error('the shipped files parse');
    expect(reply.summary).toEqual(direct.value.summary);
    expect(reply.rows.count).toBe(direct.value.records.length);
    const rows: SeriesRow[] = [];
    const writes = countTurns();
    await writeRowChunks(reply.rows, async (chunk) => void rows.push(...chunk));
    // One turn at least between two chunks' writes.
    expect(writes()).toBeGreaterThanOrEqual(reply.rows.chunks.length - 1);
    expect(rows).toEqual(direct.value.records.map((r) => [r.iso3, r.date, r.cumulativeCases, r.cumulativeDeaths]));
    expect(parseSeries(request(files))).toEqual(reply);
  });
});
