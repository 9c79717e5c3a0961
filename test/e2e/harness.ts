import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

// The built app, started as a user starts it, on its own SQLite file and port.
export interface RunningApp {
  url: string;
  dbPath: string;
  addUser(email: string, role: string, password: string, extra?: string[]): void;
  stop(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-e2e-'));
  const port = await freePort();
  const env = { ...process.env, CONCORD_DB: join(dir, 'concord.db'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', ...extraEnv };
  const child: ChildProcess = spawn(process.execPath, ['bin/concord.js', 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start within 90 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dbPath: env.CONCORD_DB,
    addUser(email, role, password, extra = []) {
      const res = spawnSync(process.execPath, ['bin/concord.js', 'user', 'add', '--email', email, '--role', role, ...extra], { env, input: `${password}\n`, encoding: 'utf8' });
      if (res.status !== 0) throw new Error(`user add failed: ${res.stderr}`);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors the page printed or threw; a journey fails on any it did not expect. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1366, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'concord-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of 40[13]/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface JourneyUser {
  email: string;
  password: string;
  role: string;
  /** More `concord user add` options, e.g. ['--name', 'Ada Admin', '--partner', 'KEN']. */
  options?: string[];
}

export interface Journey {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly page: Page;
  /** Fills the login form of the page it is on and submits it. */
  logIn(email: string, password: string): Promise<void>;
  /** Another browser of its own, signed in and sent to `path`; checked after each step and closed with the journey. */
  signedIn(user: { email: string; password: string }, path: string): Promise<Browser>;
}

/**
 * One browser journey: the built app started as a user starts it with these accounts, one Chromium, and a
 * check after each step that the page printed no error and threw nothing it should not have (the harness lets
 * expected 401/403s through; a step that expects another error removes it from `browser.errors`).
 */
export function journey(options: { env?: Record<string, string>; users?: readonly JourneyUser[] } = {}): Journey {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const others: Browser[] = [];
  beforeAll(async () => {
    app = await startApp(options.env);
    for (const user of options.users ?? []) app.addUser(user.email, user.role, user.password, user.options);
    browser = await openBrowser();
  });
  afterEach(() => {
    for (const b of [browser, ...others]) expect(b?.errors).toEqual([]);
  });
  afterAll(async () => {
    for (const b of [browser, ...others]) await b?.close();
    await app?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the journey has not started');
    return value;
  };
  return {
    get app() {
      return ready(app);
    },
    get browser() {
      return ready(browser);
    },
    get page() {
      return ready(browser).page;
    },
    logIn: (email, password) => fillLogin(ready(browser).page, email, password),
    async signedIn(user, path) {
      const other = await openBrowser();
      others.push(other);
      await other.page.goto(`${ready(app).url}/login?next=${encodeURIComponent(path)}`);
      await fillLogin(other.page, user.email, user.password);
      await other.page.waitForURL((url) => url.pathname === path);
      return other;
    },
  };
}

async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
