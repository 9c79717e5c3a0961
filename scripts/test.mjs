#!/usr/bin/env node
// The whole suite, as `npm test` runs it: type-check and lint, unit and repository tests (SQLite and
// PostgreSQL), a production build, then the browser journeys. It ends with one line CI reads:
// "N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'concord-test-'));
const only = process.argv[2]; // optional: "unit" or "e2e"

function run(label, cmd, args, env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    process.stdout.write(`\n── ${label} ──\n`);
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => {
      process.stdout.write(`── ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      resolve(code === 0);
    });
  });
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that failed without a failed test (it did not load, or its beforeAll threw and its tests were
  // skipped) is a failure all the same.
  const brokenFiles = report.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

let passed = 0;
let failed = 0;
const steps = [];

if (!only) {
  // The core is checked a second time under its own tsconfig, without DOM or Node types: purity by the compiler.
  const [types, coreTypes, lint] = await Promise.all([
    run('type-check', bin('tsc'), ['--noEmit', '-p', '.']),
    run('type-check of the pure core', bin('tsc'), ['--noEmit', '-p', 'src/core']),
    run('lint', bin('eslint'), ['--max-warnings', '0', '.']),
  ]);
  steps.push(['type-check', types], ['type-check of the pure core', coreTypes], ['lint', lint]);
}
if (!only || only === 'unit') {
  const file = join(out, 'unit.json');
  await run('unit and repository tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const c = counts(file);
  passed += c.passed;
  failed += c.failed;
}
if (!only || only === 'e2e') {
  const built = await run('build', bin('vite'), ['build', '--logLevel', 'warn']);
  steps.push(['build', built]);
  if (built) {
    const file = join(out, 'e2e.json');
    await run('browser journeys', bin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
    const c = counts(file);
    passed += c.passed;
    failed += c.failed;
  }
}

for (const [name, ok] of steps) {
  if (ok) passed += 1;
  else failed += 1;
  if (!ok) process.stdout.write(`step failed: ${name}\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
