import type { Command } from 'commander';
import type { ImportRequest, ImportSummary } from '../../shared/schemas/situation';
import type { Actor } from '../../server/auth/actor';
import type { Services } from '../../server/services';
import { startProgress, type Progress } from '../progress';
import { EXIT_BAD_INPUT, InputFileError, readTextInput } from '../read-input';

/** Exit code of a refused (missing, corrupt or malformed) file; 1 stays for every other failure. */
const EXIT_MALFORMED = EXIT_BAD_INPUT;
/** Exit code of an import much smaller than the data shown, run without --confirm (ADR 066). */
const EXIT_NEEDS_CONFIRM = 3;

function printSummary(s: ImportSummary): void {
  const out = process.stdout;
  out.write(`imported ${s.source}: ${s.countries} countries, ${s.days} days (${s.firstDate ?? '–'} … ${s.lastDate ?? '–'}), ${s.rows} rows from ${s.inputRows} input rows\n`);
  if (s.warningCount === 0) return;
  out.write(`${s.warningCount} warning(s):\n`);
  for (const w of s.warnings) out.write(`  ${w.file ? `${w.file}: ` : ''}${w.line === null ? '' : `line ${w.line}: `}${w.message}\n`);
  if (s.warningCount > s.warnings.length) out.write(`  … and ${s.warningCount - s.warnings.length} more\n`);
}

/**
 * Opens the runtime (seeding the minimal data a fresh database needs), runs one import and closes it. A file
 * the service refuses (Unprocessable) prints each problem with its line and column and exits with 2.
 */
async function withImportRuntime(work: (services: Services, actor: Actor) => Promise<void>, onFailure: () => void = () => {}): Promise<void> {
  const [{ systemActor }, { parseEnv }, { openRuntime, seedIfEmpty }, { Unprocessable, AppError }] = await Promise.all([
    import('../../server/auth/actor'),
    import('../../server/config/env'),
    import('../../server/runtime'),
    import('../../server/errors'),
  ]);
  const env = parseEnv();
  const runtime = await openRuntime(env);
  try {
    await seedIfEmpty({ ...env, CONCORD_SEED: 'minimal' }, runtime, { info: () => {} });
    await work(runtime.services, systemActor('cli'));
  } catch (error) {
    onFailure();
    if (error instanceof AppError && error.reason?.key === 'situation.import-much-smaller') {
      const p = error.reason.params ?? {};
      process.exitCode = EXIT_NEEDS_CONFIRM;
      throw new Error(
        `this ${p.newSource} file covers ${p.newCountries} countries and ${p.newRows} country-days, under half of the ${p.shownSource} data shown now (${p.shownCountries} countries, ${p.shownRows} country-days). Nothing was imported. To import it anyway and show it instead, run the same command with --confirm`,
      );
    }
    if (!(error instanceof Unprocessable)) throw error;
    for (const d of error.details) process.stderr.write(`${d.path}: ${d.message}\n`);
    process.exitCode = EXIT_MALFORMED;
    throw new Error(`${error.message}; the stored data are unchanged`);
  } finally {
    await runtime.close();
  }
}

/** A missing, unreadable or corrupt file is a refused input: its message, and exit 2. */
async function readOrRefuse<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputFileError) process.exitCode = EXIT_MALFORMED;
    throw error;
  }
}

/** Reads the files, imports them in one transaction and prints the summary; a malformed file exits with 2. */
async function runImport(label: string, request: () => Promise<ImportRequest>, confirm = false): Promise<void> {
  const body = { ...(await readOrRefuse(request)), ...(confirm ? { confirm: true } : {}) };
  // The bar starts with the parser's first report, which knows the number of rows.
  const bar: { current: Progress | null } = { current: null };
  const onProgress = (done: number, total: number) => {
    bar.current ??= startProgress(`import ${label}`, total);
    bar.current.update(done);
  };
  await withImportRuntime(
    async (services, actor) => {
      const summary = await services.situation.importFiles(actor, body, { onProgress });
      bar.current?.stop();
      printSummary(summary);
    },
    () => bar.current?.stop(),
  );
}

/** The health authority's imported cases: appended whole, or refused with line and column (exit 2). */
async function runImportedCases(file: string): Promise<void> {
  const data = await readOrRefuse(() => readTextInput(file));
  await withImportRuntime(async (services, actor) => {
    const s = await services.consular.importCases(actor, data);
    process.stdout.write(`imported ${s.imported} imported case(s) arriving ${s.firstDate} … ${s.lastDate}\n`);
  });
}

/** The help desk's daily call counts (to compare with last year): the days named replaced, or refused with line and column (exit 2). */
async function runCallHistory(file: string): Promise<void> {
  const data = await readOrRefuse(() => readTextInput(file));
  await withImportRuntime(async (services, actor) => {
    const s = await services.consular.statistics.importCallHistory(actor, data);
    process.stdout.write(`imported ${s.calls} call(s) over ${s.days} day(s), ${s.firstDate} … ${s.lastDate}\n`);
  });
}

const CONFIRM_HELP = 'import even if the file covers under half the countries or days of the data shown now (without it such an import is refused, exit 3)';

/**
 * `concord import jhu --confirmed F --deaths F`, `concord import owid F`, `concord import who F`: replaces that
 * source's case and death series, whole or not at all. `concord import imported-cases F` appends the health
 * authority's imported cases, `concord import call-history F` the help desk's daily call counts (consular statistics).
 */
export function register(program: Command): void {
  const command = program.command('import').description("import data files: case and death series (replacing the source's series) or imported cases; whole or not at all");
  command
    .command('jhu')
    .description('JHU CSSE global time series: the confirmed and the deaths file')
    .requiredOption('--confirmed <file>', 'time_series_covid19_confirmed_global.csv')
    .requiredOption('--deaths <file>', 'time_series_covid19_deaths_global.csv')
    .option('--confirm', CONFIRM_HELP)
    .action(async (opts: { confirmed: string; deaths: string; confirm?: boolean }) =>
      runImport('jhu', async () => ({ source: 'jhu', files: { confirmed: await readTextInput(opts.confirmed), deaths: await readTextInput(opts.deaths) } }), opts.confirm),
    );
  command
    .command('owid')
    .description('Our World in Data COVID-19 long format (owid-covid-data.csv, or the .csv.gz OWID publishes; not owid-covid-latest.csv, which has no series)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .option('--confirm', CONFIRM_HELP)
    .action(async (file: string, opts: { confirm?: boolean }) => runImport('owid', async () => ({ source: 'owid', files: { data: await readTextInput(file) } }), opts.confirm));
  command
    .command('who')
    .description('WHO COVID-19 global daily data (WHO-COVID-19-global-data.csv)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .option('--confirm', CONFIRM_HELP)
    .action(async (file: string, opts: { confirm?: boolean }) => runImport('who', async () => ({ source: 'who', files: { data: await readTextInput(file) } }), opts.confirm));
  command
    .command('imported-cases')
    .description('cases imported into the home country (arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .action(runImportedCases);
  command
    .command('call-history')
    .description('calls the help desk took per day, to compare with last year (date,calls[,post]; no post: the central hotline)')
    .argument('<file>', 'the CSV file, plain or gzipped')
    .action(runCallHistory);
}
