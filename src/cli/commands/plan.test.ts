import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanSchema } from '../../shared/schemas/plan';
import { register } from './plan';
import { masksInstance } from '../../core/allocation/testing/masks-instance.test-support';

const instance = masksInstance();

let dir: string;
let out: string[];
let err: string[];

async function run(...args: string[]): Promise<void> {
  const program = new Command('concord').exitOverride();
  register(program);
  await program.parseAsync(['node', 'concord', 'plan', ...args]);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concord-plan-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  process.exitCode = undefined;
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('concord plan', () => {
  it('writes the plan and prints a one-line summary', async () => {
    await writeFile(join(dir, 'instance.json'), JSON.stringify(instance));
    await run('--input', join(dir, 'instance.json'), '--output', join(dir, 'plan.json'));
    expect(process.exitCode).toBeUndefined();
    expect(out.join('')).toMatch(/^optimal objective=0\.625 bound=0\.625 gap=0 time=[\d.]+ms method=greedy allocations=2\n$/);
    const plan = PlanSchema.parse(JSON.parse(await readFile(join(dir, 'plan.json'), 'utf8')));
    expect(plan.allocations.map((a) => a.packs)).toEqual([4, 3]);
  });

  it('refuses an invalid instance with exit code 2 and the path of each bad field', async () => {
    const bad = structuredClone(instance);
    bad.demands[1].item = 'gown';
    bad.items[0].reserve = 100;
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
    await run('--input', join(dir, 'bad.json'), '--output', join(dir, 'plan.json'));
    expect(process.exitCode).toBe(2);
    expect(err.join('')).toContain('items[0].reserve: reserve 100 is above available 95');
    expect(err.join('')).toContain('demands[1].item: unknown item "gown"');
  });

  it('refuses text that is not JSON with exit code 2', async () => {
    await writeFile(join(dir, 'broken.json'), '{ items: ');
    await run('--input', join(dir, 'broken.json'));
    expect(process.exitCode).toBe(2);
    expect(err.join('')).toContain('is not valid JSON');
  });

  it('says plainly that the input file does not exist, with exit code 2', async () => {
    await expect(run('--input', join(dir, 'nowhere.json'))).rejects.toThrow(`there is no file ${join(dir, 'nowhere.json')}`);
    expect(process.exitCode).toBe(2);
  });

  it('documents the input format with an example that runs', async () => {
    let help = '';
    const program = new Command('concord').exitOverride().configureOutput({ writeOut: (text) => (help += text) });
    register(program);
    await expect(program.parseAsync(['node', 'concord', 'plan', '--help'])).rejects.toThrow();
    expect(help).toContain('Example (instance.json)');
    const example = JSON.parse(/Example \(instance\.json\):\n([\s\S]*?\n {2}\})\n/.exec(help)![1]!);
    await writeFile(join(dir, 'example.json'), JSON.stringify(example));
    await run('--input', join(dir, 'example.json'), '--output', join(dir, 'plan.json'));
    expect(out.join('')).toMatch(/^optimal objective=0\.625 /);
  });
});
