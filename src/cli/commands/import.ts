import type { Command } from 'commander';
import type { ImportRequest, ImportSummary } from '../../shared/schemas/situation';
import { startProgress, type Progress } from '../progress';
import { EXIT_BAD_INPUT, InputFileError, readTextInput } from '../read-input';

/** Exit code of a refused (missing, corrupt or malformed) file; 1 stays for every other failure. */
const EXIT_MALFORMED = EXIT_BAD_INPUT;

function printSummary(s: ImportSummary): void {
  const out = process.stdout;
  out.write(`imported ${s.source}: ${s.countries} countries, ${s.days} days (${s.firstDate ?? '–'} … ${s.lastDate ?? '–'}), ${s.rows} rows from ${s.inputRows} input rows\n`);
  if (s.warningCount === 0) return;
  out.write(`${s.warningCount} warning(s):\n`);
  for (const w of s.warnings) out.write(`  ${w.file ? `${w.file}: ` : ''}${w.line === null ? '' : `line ${w.line}: `}${w.message}\n`);
  if (s.warningCount > s.warnings.length) out.write(`  … and ${s.warningCount - s.warnings.length} more\n`);
}

/** Reads the files, imports them in one transaction and prints the summary; a malformed file exits with 2. */
async function runImport(label: string, request: () => Promise<ImportRequest>): Promise<void> {
  const [{ systemActor }, { parseEnv }, { openRuntime, seedIfEmpty }, { ValidationFailed }] = await Promise.all([
    import('../../server/auth/actor'),
    import('../../server/config/env'),
    import('../../server/runtime'),
    import('../../server/errors'),
  ]);
  let body: ImportRequest;
  try {
    body = await request();
  } catch (error) {
    if (error instanceof InputFileError) process.exitCode = EXIT_MALFORMED;
    throw error;
  }
  const env = parseEnv();
  const runtime = await openRuntime(env);
  // The bar starts with the parser's first report, which knows the number of rows.
  const bar: { current: Progress | null } = { current: null };
  try {
    await seedIfEmpty({ ...env, CONCORD_SEED: 'minimal' }, runtime, { info: () => {} });
    const onProgress = (done: number, total: number) => {
      bar.current ??= startProgress(`import ${label}`, total);
      bar.current.update(done);
    };
    const summary = await runtime.services.situation.importFiles(systemActor('cli'), body, { onProgress });
    bar.current?.stop();
    printSummary(summary);
  } catch (error) {
    bar.current?.stop();
    if (!(error instanceof ValidationFailed)) throw error;
    for (const d of error.details) process.stderr.write(`${d.path}: ${d.message}\n`);
    process.exitCode = EXIT_MALFORMED;
    throw new Error(`${error.message}; the stored data are unchanged`);
  } finally {
    await runtime.close();
  }
}

/**
 * `concord import jhu --confirmed F --deaths F`, `concord import owid F`, `concord import who F`: replaces that
 * source's case and death series, whole or not at all.
 */
export function register(program: Command): void {
  const command = program.command('import').description("import case and death series (replaces the source's series; whole or not at all)");
  command
    .command('jhu')
    .description('JHU CSSE global time series: the confirmed and the deaths file')
    .requiredOption('--confirmed <file>', 'time_series_covid19_confirmed_global.csv')
    .requiredOption('--deaths <file>', 'time_series_covid19_deaths_global.csv')
    .action(async (opts: { confirmed: string; deaths: string }) =>
      runImport('jhu', async () => ({ source: 'jhu', files: { confirmed: await readTextInput(opts.confirmed), deaths: await readTextInput(opts.deaths) } })),
    );
  command
    .command('owid')
    .description('Our World in Data COVID-19 long format (owid-covid-data.csv, or the .csv.gz OWID publishes; not owid-covid-latest.csv, which has no series)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .action(async (file: string) => runImport('owid', async () => ({ source: 'owid', files: { data: await readTextInput(file) } })));
  command
    .command('who')
    .description('WHO COVID-19 global daily data (WHO-COVID-19-global-data.csv)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .action(async (file: string) => runImport('who', async () => ({ source: 'who', files: { data: await readTextInput(file) } })));
}
