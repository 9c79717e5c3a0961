import { benchDatabase } from './bench-database';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { insertAllocations, insertBatch } from '../src/server/modules/aid/aid.repo';
import { seedAidCatalogue } from '../src/server/modules/aid/aid.seed';
import { createServices } from '../src/server/services';

// IATI benchmark (issue 15, docs/decisions/046). `npx tsx bench/aid-iati.ts` or `npx tsx bench/run.ts aid-iati`
// prints JSON (and writes bench/results/aid-iati.json). On a fresh SQLite file:
// - export: 10,000 activities (50 batches × 200 partners, two items each) streamed from
//   GET /api/aid/iati/activities.xml's service into a counting sink: time, bytes, peak RSS;
// - import: generated other-donor IATI files of 10 MB and 50 MB (activities to the seeded countries, two goods
//   indicators each and one of goods not in the catalogue) through the import service (spooled, checked,
//   stored in one transaction), each in a child process with its old space capped at 128 MB: time, flows,
//   peak RSS and heap. Memory flat in the file size: the 50 MB file's peaks match the 10 MB one's.

const BATCHES = 50;
const PARTNERS_PER_BATCH = 200;
const IMPORT_SIZES_MB = [10, 50];
const CHILD_HEAP_MB = 128;
const ITEMS = ['Examination gloves', 'Surgical masks', 'Pulse oximeters', 'Isolation gowns'];

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));
const ms = (x: number) => Number(x.toFixed(0));

/** Samples the process's RSS every 10 ms while `run` goes; returns its result, the time and the growth. */
async function measured<T>(run: () => Promise<T>) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  }, 10);
  const started = performance.now();
  try {
    const result = await run();
    return { result, ms: ms(performance.now() - started), rssBeforeMb: mb(rssBefore), rssPeakMb: mb(rssPeak), rssGrowthMb: mb(rssPeak - rssBefore), heapPeakMb: mb(heapPeak), heapGrowthMb: mb(heapPeak - heapBefore) };
  } finally {
    clearInterval(sampler);
  }
}

async function writeDonorFile(path: string, targetBytes: number, iso2: string[]): Promise<{ bytes: number; activities: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let activities = 0;
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await put('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00Z">\n');
  const indicator = (title: string, target: number, actual: number, k: number) =>
    `  <result type="1" aggregation-status="0"><title><narrative>Goods delivered</narrative></title><indicator measure="1" ascending="1"><title><narrative>${title}</narrative></title><description><narrative>Units of ${title.toLowerCase()} handed over to the ministry of health, lot ${k}</narrative></description><period><period-start iso-date="2026-10-01"/><period-end iso-date="2026-11-${String(1 + (k % 28)).padStart(2, '0')}"/><target value="${target}"/><actual value="${actual}"/></period></indicator></result>\n`;
  while (bytes < targetBytes) {
    const k = activities++;
    const country = iso2[k % iso2.length]!;
    await put(
      `<iati-activity last-updated-datetime="2026-11-01T00:00:00Z" xml:lang="en" default-currency="USD" humanitarian="1">\n` +
        `  <iati-identifier>XM-DAC-99-${k}</iati-identifier>\n  <reporting-org ref="XM-DAC-${99 + (k % 5)}" type="10"><narrative>Bench donor ${k % 5}</narrative></reporting-org>\n` +
        `  <title><narrative>COVID-19 supplies ${k}</narrative></title>\n  <description type="1"><narrative>In-kind medical supplies for the COVID-19 response, consignment ${k}.</narrative></description>\n` +
        `  <participating-org role="1" ref="XM-DAC-99" type="10"><narrative>Bench donor</narrative></participating-org>\n  <activity-status code="2"/>\n  <activity-date type="2" iso-date="2026-10-01"/>\n` +
        `  <recipient-country code="${country}" percentage="100"/>\n  <sector vocabulary="1" code="12264" percentage="100"/>\n` +
        indicator(ITEMS[k % ITEMS.length]!, 1000 + (k % 7) * 100, 500 + (k % 5) * 100, k) +
        indicator(ITEMS[(k + 1) % ITEMS.length]!, 200, 200, k) +
        indicator('Hand-washing stations', 10, 10, k) +
        `  <transaction><transaction-type code="3"/><transaction-date iso-date="2026-10-15"/><value currency="USD" value-date="2026-10-15">${(k % 997) * 100}.00</value></transaction>\n</iati-activity>\n`,
    );
  }
  await put('</iati-activities>\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { bytes, activities };
}

/** One import into a fresh SQLite file, in this (child) process: time, flows, peak RSS and heap. */
async function importInChild(path: string) {
  const database = await benchDatabase('sqlite', 'iati-import');
  const handle = openDatabase(database.target);
  const clock = () => new Date('2026-11-20T00:00:00Z');
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, clock);
    await seedAidCatalogue(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock, sessionTtlHours: 1 });
    const run = await measured(() => services.aid.donors.importFile(systemActor('bench'), { format: 'iati', fileName: 'donor.xml' }, createReadStream(path)));
    return {
      flows: run.result.flows,
      skippedUnknownItem: run.result.skippedUnknownItem,
      ms: run.ms,
      rssBeforeMb: run.rssBeforeMb,
      rssPeakMb: run.rssPeakMb,
      maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
      heapPeakMb: run.heapPeakMb,
    };
  } finally {
    await handle.destroy();
    await database.drop();
  }
}

export async function runAidIatiBench() {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-iati-'));
  const handle = openDatabase({ sqlitePath: join(dir, 'bench.db') });
  const clock = () => new Date('2026-11-20T00:00:00Z');
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, clock);
    await seedAidCatalogue(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock, sessionTtlHours: 1 });
    const partners = (await services.countries.partners('country')).slice(0, PARTNERS_PER_BATCH);
    if (partners.length < PARTNERS_PER_BATCH) throw new Error(`only ${partners.length} country partners`);
    await handle.db.transaction().execute(async (trx) => {
      for (let b = 1; b <= BATCHES; b++) {
        const id = await insertBatch(trx, { number: b, batch_date: '2026-06-01', approved_by: null, approved_by_label: 'bench', approved_at: '2026-06-01T00:00:00Z', supply_fingerprint: 'bench', objective: 0, options: '{}' });
        await insertAllocations(
          trx,
          partners.flatMap((p) => [
            { batch_id: id, partner_id: p.id, request_id: null, item_id: 'gloves', quantity: 1000 * b, packs: b },
            { batch_id: id, partner_id: p.id, request_id: null, item_id: 'pulse-oximeter', quantity: 50, packs: 1 },
          ]),
        );
      }
    });

    let exported = 0;
    let activities = 0;
    const exportRun = await measured(async () => {
      const xml = await services.aid.iati.activitiesXml();
      await pipeline(
        xml,
        new Writable({
          write(chunk: Buffer | string, _encoding, done) {
            const text = chunk.toString();
            exported += Buffer.byteLength(text);
            for (let at = text.indexOf('<iati-activity '); at !== -1; at = text.indexOf('<iati-activity ', at + 1)) activities++;
            done();
          },
        }),
      );
    });

    const iso2 = (await services.countries.countries()).flatMap((c) => (c.iso2 ? [c.iso2] : [])).slice(0, 150);
    const imports = [];
    for (const size of IMPORT_SIZES_MB) {
      const path = join(dir, `donor-${size}mb.xml`);
      const written = await writeDonorFile(path, size * 1024 * 1024, iso2);
      // Each import in its own process, its old space capped: the peak is that import's alone, and a reader
      // that kept the file (or its flows) in memory would run out of heap on the 50 MB file.
      const child = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, CONCORD_BENCH_IATI_FILE: path },
        encoding: 'utf8',
        maxBuffer: 1024 * 1024,
      });
      if (child.status !== 0) throw new Error(`the ${size} MB import failed:\n${child.stderr}`);
      const run = JSON.parse(child.stdout) as Awaited<ReturnType<typeof importInChild>>;
      imports.push({ fileMb: mb(statSync(path).size), activities: written.activities, ...run, mbPerSecond: Number((mb(written.bytes) / (run.ms / 1000)).toFixed(1)) });
      rmSync(path, { force: true });
    }
    return {
      export: { activities, bytesMb: mb(exported), ms: exportRun.ms, rssBeforeMb: exportRun.rssBeforeMb, rssPeakMb: exportRun.rssPeakMb, rssGrowthMb: exportRun.rssGrowthMb, heapPeakMb: exportRun.heapPeakMb, heapGrowthMb: exportRun.heapGrowthMb },
      import: imports,
      childHeapCapMb: CHILD_HEAP_MB,
    };
  } finally {
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.CONCORD_BENCH_IATI_FILE) {
  process.stdout.write(JSON.stringify(await importInChild(process.env.CONCORD_BENCH_IATI_FILE)));
} else if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runAidIatiBench();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(fileURLToPath(new URL('./results/aid-iati.json', import.meta.url)), text);
  process.stdout.write(text);
}
