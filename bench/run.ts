// `npm run bench`: every benchmark in one run, JSON to stdout and to bench/results/all.json.
// Figures are for the machine they ran on: compare the ratios, not the seconds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const only = process.argv.slice(2);
const benches: Record<string, () => Promise<object>> = {
  allocation: async () => (await import('./allocation')).runAllocationBench(),
  genome: async () => (await import('./genome')).runGenomeBench(),
  'meeting-slots': async () => (await import('./meeting-slots')).runMeetingSlotsBench(),
  situation: async () => (await import('./situation')).runSituationBench(),
  variants: async () => (await import('./variants')).runVariantsBench(),
  spread: async () => (await import('./spread')).runSpreadBench(),
  forecast: async () => (await import('./forecast')).runForecastBench(),
  'research-downloads': async () => (await import('./research-downloads')).runResearchDownloadsBench(),
  'genome-search': async () => (await import('./genome-search')).runGenomeSearchBench(),
  'job-queue': async () => (await import('./job-queue')).runJobQueueBench(),
  'backtest-job': async () => (await import('./backtest-job')).runBacktestJobBench(),
  'consular-hotline': async () => (await import('./consular-hotline')).runConsularHotlineBench(),
  'consular-statistics': async () => (await import('./consular-statistics')).runConsularStatisticsBench(),
  knowledge: async () => (await import('./knowledge')).runKnowledgeBench(),
  'research-results': async () => (await import('./research-results')).runResearchResultsBench(),
  'aid-iati': async () => (await import('./aid-iati')).runAidIatiBench(),
  'import-health': async () => (await import('./import-health')).runImportHealthBench(),
};

const results: Record<string, object> = {};
for (const [name, run] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await run();
}
const report = { machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg(), node: process.version }, results };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/all.json', JSON.stringify(report, null, 2));
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
