import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CAPITAL_ZONES } from '../src/core/knowledge/capital-zones';
import { findMeetingSlots } from '../src/core/knowledge/meeting-slots';

// Meeting slot finder benchmark (issue 14, ADR 080): the largest request the API takes, 200 countries over
// 31 days (1,488 candidate starts, across the March daylight-saving changes), on the request thread. The first
// call of a process also builds one Intl.DateTimeFormat per zone. `npx tsx bench/meeting-slots.ts` prints
// JSON and writes bench/results/meeting-slots.json. Figures only.

const RUNS = 30;
const DAY = 86_400_000;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => Number(x.toFixed(1));

export async function runMeetingSlotsBench(): Promise<object> {
  const participants = Object.keys(CAPITAL_ZONES).slice(0, 200);
  const base = Date.parse('2026-03-01T00:00:00Z');
  const time = (offsetDays: number) => {
    const started = performance.now();
    const slots = findMeetingSlots({ participants, durationMinutes: 60, from: base + offsetDays * DAY, to: base + (offsetDays + 31) * DAY });
    return { elapsed: performance.now() - started, slots: slots.length, best: slots[0]!.count };
  };
  const first = time(0);
  const warm = Array.from({ length: RUNS }, (_, i) => time(i % 7).elapsed);
  return {
    participants: participants.length,
    zones: new Set(participants.map((p) => CAPITAL_ZONES[p])).size,
    windowDays: 31,
    candidateStarts: first.slots,
    bestCount: first.best,
    firstCallMs: ms(first.elapsed),
    warmRuns: RUNS,
    warmP50Ms: ms(percentile(warm, 50)),
    warmP99Ms: ms(percentile(warm, 99)),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runMeetingSlotsBench();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(fileURLToPath(new URL('./results/meeting-slots.json', import.meta.url)), text);
  process.stdout.write(text);
}
