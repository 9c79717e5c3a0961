import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';

// Genome analysis benchmark (issue 5): genomes per second and peak memory of `concord analyse` on one
// and on two worker threads, side by side in the same run with minimap2 (`-t 1 -c -x asm20 --cs`)
// aligning the same genomes to the same reference. Inputs: every real genome in ../shared/data
// (Nextclade v1 fixture 57, ncov example 2020 329, Nextclade dataset examples 2024 132), written to one
// plain FASTA both tools read. Each tool runs ROUNDS times, interleaved so machine load hits all alike;
// the median wall time is reported, with peak RSS from GNU time. `npx tsx bench/genome.ts` prints JSON
// and writes bench/results/genome.json. Figures only: no timed assertions anywhere.

const run = promisify(execFile);
const ROUNDS = 3;
const ROOT = new URL('../', import.meta.url);
const SHARED = new URL('../shared/data/sars-cov-2/', ROOT);
const INPUTS = [
  'nextclade_v1_fixture/input/sequences.fasta',
  'sequences/ncov_example_2020/sequences.fasta.gz',
  'sequences/nextclade_dataset_examples_2024/sequences.fasta.gz',
];
const REFERENCE = fileURLToPath(new URL('data/datasets/sars-cov-2/reference.fasta', ROOT));
const CONCORD = fileURLToPath(new URL('bin/concord.js', ROOT));
const MINIMAP2 = '/usr/bin/minimap2';
const GNU_TIME = '/usr/bin/time';

async function readText(path: string): Promise<string> {
  const stream = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text.endsWith('\n') ? text : text + '\n';
}

interface Measure {
  wallSeconds: number;
  /** User + system CPU time of the process and its threads: the work done, whatever the machine's load. */
  cpuSeconds: number;
  peakRssMB: number;
  stderr: string;
}

/** Runs a command under GNU time -v: wall clock and maximum resident set size of it and its threads. */
async function measure(command: string, args: string[]): Promise<Measure> {
  const { stderr } = await run(GNU_TIME, ['-v', command, ...args], { maxBuffer: 64 * 1024 * 1024, cwd: fileURLToPath(ROOT) });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  if (!wall || !rss || !user || !system) throw new Error(`cannot read GNU time output:\n${stderr}`);
  const wallSeconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { wallSeconds, cpuSeconds: Number(user[1]) + Number(system[1]), peakRssMB: Number(rss[1]) / 1024, stderr };
}

/**
 * How many cores this run really had: a fixed CPU-bound loop alone, then two at once. On an idle
 * 2-core machine two loops take as long as one (2.0); on one shared with other work, longer.
 */
async function availableCores(): Promise<number> {
  const loop = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);';
  const timed = async () => {
    const start = performance.now();
    await run(process.execPath, ['-e', loop]);
    return performance.now() - start;
  };
  const alone = await timed();
  const together = Math.max(...(await Promise.all([timed(), timed()])));
  return (2 * alone) / together;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

function summarise(genomes: number, runs: Measure[], extra: object = {}) {
  const wall = median(runs.map((r) => r.wallSeconds));
  const cpu = median(runs.map((r) => r.cpuSeconds));
  return {
    wallSeconds: round(wall),
    genomesPerSecond: round(genomes / wall),
    cpuSeconds: round(cpu),
    genomesPerCpuSecond: round(genomes / cpu),
    peakRssMB: round(Math.max(...runs.map((r) => r.peakRssMB))),
    wallSecondsAllRounds: runs.map((r) => r.wallSeconds),
    ...extra,
  };
}

export async function runGenomeBench(): Promise<object> {
  for (const tool of [MINIMAP2, GNU_TIME]) if (!existsSync(tool)) throw new Error(`${tool} is needed for this benchmark`);
  const dir = await mkdtemp(join(os.tmpdir(), 'concord-genome-bench-'));
  try {
    const texts = await Promise.all(INPUTS.map((p) => readText(fileURLToPath(new URL(p, SHARED)))));
    const counts = texts.map((t) => t.split('\n').filter((l) => l.startsWith('>')).length);
    const genomes = counts.reduce((a, b) => a + b, 0);
    const fasta = join(dir, 'genomes.fasta');
    await writeFile(fasta, texts.join(''));

    const concord = (jobs: number) => measure(process.execPath, [CONCORD, 'analyse', fasta, '--output-tsv', join(dir, `concord-${jobs}.tsv`), '--jobs', String(jobs)]);
    const minimap2 = () => measure('/bin/sh', ['-c', `${MINIMAP2} -t 1 -c -x asm20 --cs ${REFERENCE} ${fasta} > ${join(dir, 'minimap2.paf')}`]);
    const loadBefore = os.loadavg()[0]!;
    const coresBefore = await availableCores();
    await concord(1); // warm tsx's compile cache, so every measured run starts alike
    const results: Record<'concord1' | 'concord2' | 'minimap2', Measure[]> = { concord1: [], concord2: [], minimap2: [] };
    for (let round = 0; round < ROUNDS; round++) {
      results.minimap2.push(await minimap2());
      results.concord1.push(await concord(1));
      results.concord2.push(await concord(2));
    }

    // Concord's own summary line gives the analysis time without process start-up.
    const analysisSeconds = (runs: Measure[]) => median(runs.map((r) => Number(/analysed \d+ genome\(s\) in ([\d.]+) s/.exec(r.stderr)?.[1] ?? NaN)));
    const tsvRows = (await readFile(join(dir, 'concord-1.tsv'), 'utf8')).trimEnd().split('\n').length - 1;
    const pafLines = (await readFile(join(dir, 'minimap2.paf'), 'utf8')).trimEnd().split('\n');
    const mapped = new Set(pafLines.map((l) => l.split('\t')[0])).size;

    const one = summarise(genomes, results.concord1, { jobs: 1, analysisSecondsAfterStartup: analysisSeconds(results.concord1), rows: tsvRows });
    const two = summarise(genomes, results.concord2, { jobs: 2, analysisSecondsAfterStartup: analysisSeconds(results.concord2) });
    const mm = summarise(genomes, results.minimap2, { threads: 1, genomesMapped: mapped, pafRecords: pafLines.length });
    return {
      benchmark: 'genome-analysis',
      genomes,
      inputs: INPUTS.map((path, i) => ({ path: `../shared/data/sars-cov-2/${path}`, genomes: counts[i] })),
      rounds: ROUNDS,
      concord: { oneJob: one, twoJobs: two, command: 'node bin/concord.js analyse genomes.fasta --output-tsv out.tsv --jobs N' },
      minimap2: { ...mm, command: `minimap2 -t 1 -c -x asm20 --cs ${'data/datasets/sars-cov-2/reference.fasta'} genomes.fasta` },
      ratio: {
        concordOneJobVsMinimap2: round(one.genomesPerSecond / mm.genomesPerSecond, 3),
        concordTwoJobsVsMinimap2: round(two.genomesPerSecond / mm.genomesPerSecond, 3),
      },
      targetMet: one.genomesPerSecond >= mm.genomesPerSecond,
      machine: {
        cpus: os.availableParallelism(),
        node: process.version,
        loadAverageBefore1m: round(loadBefore, 3),
        loadAverageAfter1m: round(os.loadavg()[0]!, 3),
        // Two CPU-bound loops at once against one alone, before and after: 2 on an idle 2-core machine.
        effectiveCoresBefore: round(coresBefore, 3),
        effectiveCoresAfter: round(await availableCores(), 3),
      },
      reproduce: 'npx tsx bench/genome.ts',
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runGenomeBench();
  const text = JSON.stringify(result, null, 2);
  const out = fileURLToPath(new URL('./results/genome.json', import.meta.url));
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(out, text + '\n');
  process.stdout.write(text + '\n');
}
