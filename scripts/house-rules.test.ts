import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// The house rules of docs/decisions/README.md hold by themselves: a forbidden import across each boundary
// fails lint, and a use of Node or the DOM in src/core fails its own type-check.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('lint refuses an import across each boundary', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  async function boundaryErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
  }

  it('a web feature importing another feature', async () => {
    const errors = await boundaryErrors('src/web/features/aid/probe.ts', "import { SituationPage } from '../situation/routes/situation-page';\nexport const x = SituationPage;\n");
    expect(errors).toEqual([expect.stringContaining('never imports another feature')]);
    // What features share lives in src/web/lib: allowed.
    expect(await boundaryErrors('src/web/features/aid/probe.ts', "import { useMe } from '../../lib/queries/get-me';\nexport const x = useMe;\n")).toEqual([]);
  });

  it("a server module reaching into another module's internals, not its service", async () => {
    const errors = await boundaryErrors('src/server/modules/aid/probe.ts', "import { listImports } from '../situation/situation.repo';\nexport const x = listImports;\n");
    expect(errors).toEqual([expect.stringContaining("only through that module's service")]);
    const throughService = "import type { SituationService } from '../situation/situation.service';\nexport type X = SituationService;\n";
    expect(await boundaryErrors('src/server/modules/aid/probe.ts', throughService)).toEqual([]);
  });

  it('the CLI importing module internals', async () => {
    const errors = await boundaryErrors('src/cli/commands/probe.ts', "import { seedCountries } from '../../server/modules/countries/countries.seed';\nexport const x = seedCountries;\n");
    expect(errors).toEqual([expect.stringContaining("server's public entry points")]);
    expect(await boundaryErrors('src/cli/commands/probe.ts', "import { solvePlan } from '../../server/workers/solver/solve-in-worker';\nexport const x = solvePlan;\n")).toEqual([]);
  });

  it('the core importing the server', async () => {
    const errors = await boundaryErrors('src/core/probe.ts', "import { openRuntime } from '../server/runtime';\nexport const x = openRuntime;\n");
    expect(errors).toEqual([expect.stringContaining('src/core is pure')]);
  });
});

describe("src/core's own tsconfig", () => {
  function coreDiagnostics(probe: string): string[] {
    const configPath = join(root, 'src/core/tsconfig.json');
    const config = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
    const probePath = join(root, 'src/core/probe-purity.ts');
    const host = ts.createCompilerHost(parsed.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (file) => (file === probePath ? probe : readFile(file));
    host.fileExists = ((exists) => (file: string) => file === probePath || exists(file))(host.fileExists.bind(host));
    const program = ts.createProgram([probePath], parsed.options, host);
    return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('has neither DOM nor Node types, so using either is a type error', () => {
    expect(coreDiagnostics('export const title = document.title;\n')).toEqual([expect.stringContaining("Cannot find name 'document'")]);
    expect(coreDiagnostics('export const env = process.env;\n')).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    expect(coreDiagnostics('export const sum = [1, 2].reduce((a, b) => a + b, 0);\n')).toEqual([]);
  });

  it('is run by npm test', () => {
    expect(readFileSync(join(root, 'scripts/test.mjs'), 'utf8')).toContain("'-p', 'src/core'");
  });
});
