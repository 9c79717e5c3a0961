import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

// A child Node process (run through tsx) that speaks in lines: for the tests where two real processes race on
// one database. `line(n)` waits for its n-th line of output, failing with its stderr if it exits first.
export function startLineChild(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
      waiters.splice(0).forEach((wake) => wake());
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = async (n: number): Promise<string> => {
    while (lines.length <= n) {
      const woken = new Promise<void>((resolve) => waiters.push(resolve));
      const code = await Promise.race([woken.then(() => undefined), exited]);
      if (code !== undefined && lines.length <= n) throw new Error(`child exited (${code}) before line ${n}: ${stderr}`);
    }
    return lines[n]!;
  };
  return { child: child as ChildProcessWithoutNullStreams, line, exited };
}

/** Starts the children, waits until each is ready, lets them go at once, and gathers each one's JSON outcome. */
export async function raceChildren<T>(children: ReturnType<typeof startLineChild>[]): Promise<T[]> {
  await Promise.all(children.map((c) => c.line(0)));
  for (const c of children) c.child.stdin.write('go\n');
  const outcomes = await Promise.all(children.map(async (c) => JSON.parse(await c.line(1)) as T));
  await Promise.all(children.map((c) => c.exited));
  return outcomes;
}
