import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { createServices } from '../src/server/services';

// Knowledge benchmarks (issue 14), in one process on a SQLite file: sending one edition to every partner;
// searching 10,000 documents through the service (what GET /api/knowledge/documents?q= runs); uploading and
// downloading a 50 MB file while the process's RSS is sampled every 10 ms. `npx tsx bench/run.ts knowledge`
// or `npx tsx bench/knowledge.ts` (JSON to stdout and bench/results/knowledge.json). Figures only.

const DOCUMENTS = 10_000;
const SEARCHES = 200;
const SENDS = 10;
const BIG = 50 * 1024 * 1024;
const WORDS = ['dexamethasone', 'oxygen', 'ventilation', 'prone', 'isolation', 'contact tracing', 'PCR', 'antigen', 'quarantine', 'masks', '糖皮质激素', '核酸检测', '隔离', '密切接触者', '疫苗'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => Number(x.toFixed(1));
const mb = (x: number) => Number((x / 1024 / 1024).toFixed(1));

export async function runKnowledgeBench(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-knowledge-'));
  process.env.CONCORD_FILES_DIR = join(dir, 'files');
  const handle = openDatabase({ sqlitePath: join(dir, 'bench.db') });
  const clock = () => new Date();
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, clock);
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock, sessionTtlHours: 1 });
    const k = services.knowledge;
    const system = systemActor('bench');
    const partners = (await services.countries.partners()).length;

    async function publishedEdition(title: string, body: Readable) {
      const doc = await k.createDocument(system, { kind: 'other', titleEn: title, titleZh: title, public: false });
      const editionId = (await k.addEdition(system, doc.id, { date: '2026-12-01', summary: 'bench' })).editions[0]!.id;
      const file = await k.uploadFile(system, editionId, { language: 'en', fileName: 'bench.md' }, body);
      await k.publish(system, editionId);
      return { editionId, fileId: file.id };
    }

    const sendTimes: number[] = [];
    for (let i = 0; i < SENDS; i++) {
      const { editionId } = await publishedEdition(`Send ${i}`, Readable.from([Buffer.from('# plan')]));
      const started = performance.now();
      const { sent } = await k.send(system, editionId, { to: { all: true } });
      sendTimes.push(performance.now() - started);
      if (sent !== partners) throw new Error(`sent to ${sent} of ${partners}`);
    }

    // 10,000 documents, each title and a paragraph of text indexed, written in bulk (the upload path is measured below).
    const now = new Date().toISOString();
    for (let i = 0; i < DOCUMENTS; i += 500) {
      const rows = Array.from({ length: Math.min(500, DOCUMENTS - i) }, (_, j) => i + j);
      const ids = await handle.db
        .insertInto('knowledge_documents')
        .values(rows.map((n) => ({ kind: 'other', title_en: `Guidance ${n} on ${WORDS[n % WORDS.length]}`, title_zh: `第${n}号指南：${WORDS[(n * 7) % WORDS.length]}`, public: 1, created_by: null, created_by_label: 'bench', created_at: now })))
        .returning('id')
        .execute();
      await handle.db
        .insertInto('knowledge_search')
        .values(ids.map(({ id }, j) => ({ document_id: id, file_id: null, body: `Guidance ${rows[j]} ${WORDS[rows[j]! % WORDS.length]} ${WORDS[(rows[j]! * 3) % WORDS.length]} ${'clinical text '.repeat(40)}` })))
        .execute();
    }
    const searchTimes: number[] = [];
    let hits = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const started = performance.now();
      hits += (await k.documents(system, WORDS[i % WORDS.length])).length;
      searchTimes.push(performance.now() - started);
    }

    // 50 MB through upload (streamed to the store, hashed, typed, indexed) and download, RSS sampled meanwhile.
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 10);
    const chunk = Buffer.alloc(65_536, 'Oxygen therapy for hypoxaemic patients. ');
    const started = performance.now();
    const big = await publishedEdition('Big', Readable.from((function* () {
      for (let sent = 0; sent < BIG; sent += chunk.length) yield chunk;
    })()));
    const uploadMs = performance.now() - started;
    const { stream, file } = await k.download(system, big.fileId);
    let read = 0;
    const downloadStarted = performance.now();
    await pipeline(stream, new Writable({ write: (c: Buffer, _e, done) => ((read += c.length), done()) }));
    const downloadMs = performance.now() - downloadStarted;
    clearInterval(sampler);
    if (read !== file.size || file.size !== BIG) throw new Error(`read ${read} of ${file.size}`);

    return {
      partners,
      sendToAll: { runs: SENDS, p50Ms: ms(percentile(sendTimes, 50)), maxMs: ms(Math.max(...sendTimes)) },
      search: { documents: DOCUMENTS, queries: SEARCHES, meanHits: Math.round(hits / SEARCHES), p50Ms: ms(percentile(searchTimes, 50)), p99Ms: ms(percentile(searchTimes, 99)) },
      file50Mb: { bytes: BIG, uploadMs: ms(uploadMs), downloadMs: ms(downloadMs), rssBeforeMb: mb(rssBefore), rssPeakMb: mb(rssPeak), rssGrowthMb: mb(rssPeak - rssBefore) },
    };
  } finally {
    await handle.destroy();
    delete process.env.CONCORD_FILES_DIR;
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runKnowledgeBench();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(fileURLToPath(new URL('./results/knowledge.json', import.meta.url)), text);
  process.stdout.write(text);
}
