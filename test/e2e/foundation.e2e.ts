import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, startApp, type Browser, type RunningApp } from './harness';

// Journey: the foundation of issue 2. A visitor opens Concord, an administrator logs in, switches to
// Chinese, reads the countries page, creates a partner focal point and finds it in the audit log; a user
// without the admin role is turned away from admin pages; on a phone the navigation folds behind a burger.

const ADMIN = { email: 'admin@example.org', password: 'password123456' };
const RESEARCHER = { email: 'researcher@example.org', password: 'password654321' };

let app: RunningApp;
let browser: Browser;
let page: Page;

async function logIn(email: string, password: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function chooseLanguage(label: 'English' | '中文') {
  await page.getByRole('radiogroup').getByText(label, { exact: true }).click();
}

beforeAll(async () => {
  app = await startApp();
  app.addUser(ADMIN.email, 'admin', ADMIN.password, ['--name', 'Ada Admin']);
  app.addUser(RESEARCHER.email, 'researcher', RESEARCHER.password, ['--name', 'Rui Researcher']);
  browser = await openBrowser();
  page = browser.page;
});

// The page printed no error and threw nothing it should not have (the harness lets expected 401s through).
afterEach(() => {
  expect(browser.errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('foundation journey', () => {
  it('shows an anonymous visitor the shell, the five modules and the countries', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Concord' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const module of ['Situation', 'Aid', 'Knowledge', 'Research', 'Consular', 'Countries & partners'])
      await nav.getByRole('link', { name: module, exact: true }).waitFor();
    // Once the header knows the visitor is anonymous, the administration section is not offered.
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);

    await nav.getByRole('link', { name: 'Countries & partners' }).click();
    const table = page.getByRole('table', { name: 'Countries' });
    await table.getByRole('row', { name: /Kenya/ }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(200);

    await page.getByRole('searchbox', { name: 'Search' }).fill('ken');
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // the header and Kenya
    await expect(table.getByRole('row', { name: /Kenya KEN KE/ }).isVisible()).resolves.toBe(true);

    await page.getByRole('tab', { name: 'Partner organisations' }).click();
    await page.getByRole('table', { name: 'Partner organisations' }).getByRole('row', { name: /Africa CDC/ }).waitFor();
  });

  it('sends an anonymous visitor from an admin page to login, and back after logging in', async () => {
    await page.goto(`${app.url}/admin/users`);
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);

    await logIn(ADMIN.email, 'not-the-password');
    await page.getByRole('alert').getByText('wrong email or password').waitFor();

    await logIn(ADMIN.email, ADMIN.password);
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Account menu for Ada Admin' }).waitFor();
  });

  it('switches to Chinese, keeps the choice across a reload, and names countries in Chinese', async () => {
    await chooseLanguage('中文');
    await page.getByRole('heading', { level: 1, name: '用户' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans-CN');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '国家与合作伙伴' }).click();
    await page.waitForURL(/\/countries$/);
    await page.reload();
    const row = page.getByRole('table', { name: '国家和地区' }).getByRole('row', { name: /肯尼亚/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/KEN/);

    await chooseLanguage('English');
    await page.getByRole('heading', { level: 1, name: 'Countries & partners' }).waitFor();
  });

  it('lets the administrator create a partner focal point, then find it in the audit log', async () => {
    await page.goto(`${app.url}/admin/users`);
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('dialog', { name: 'Create a user' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Amina Diallo');
    await form.getByRole('textbox', { name: 'Email' }).fill('amina@example.org');
    await form.getByRole('textbox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Partner focal point' }).click();

    // The partner is required for this role: the form says so next to the field.
    await form.getByLabel(/^Initial password/).fill('password123456');
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByText('Choose the partner this focal point works for').waitFor();

    await form.getByRole('textbox', { name: 'Partner' }).fill('Kenya');
    await page.getByRole('option', { name: 'Kenya' }).click();
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('Amina Diallo (amina@example.org) can now log in.').waitFor();
    const amina = page.getByRole('row', { name: /Amina Diallo.*Partner focal point.*Partner: Kenya/ });
    await amina.getByText('Active').waitFor();

    await page.getByRole('button', { name: 'Disable Amina Diallo' }).click();
    await amina.getByText('Disabled').waitFor();
    await page.getByRole('button', { name: 'Enable Amina Diallo' }).click();
    await amina.getByText('Active').waitFor();
    // An administrator cannot lock themselves out from this page.
    await expect(page.getByRole('button', { name: 'Disable Ada Admin' }).count()).resolves.toBe(0);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('textbox', { name: 'Action' }).fill('user.create');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=user\.create/);
    await page.getByRole('table', { name: 'Audit log entries' }).getByRole('row', { name: /amina@example\.org/ }).waitFor();
    await page.getByRole('textbox', { name: 'Action' }).fill('user.update');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1–2 of 2 entries').waitFor();
  });

  it('turns away a signed-in user whose role does not allow the page', async () => {
    await page.getByRole('button', { name: 'Account menu for Ada Admin' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).first().waitFor();

    await page.goto(`${app.url}/login?next=%2Fadmin%2Faudit`);
    await logIn(RESEARCHER.email, RESEARCHER.password);
    await page.waitForURL(/\/admin\/audit$/);
    await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
  });

  it('folds the navigation behind a burger on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/`);
    // Folded away, the navigation is off screen and inert, so it is looked up by its label rather than its role.
    const navigation = page.locator('nav[aria-label="Main navigation"]');
    const onScreen = () => navigation.evaluate((el) => el.getBoundingClientRect().right > 0 && !(el as HTMLElement).inert);
    await expect(onScreen()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect.poll(onScreen).toBe(true);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Countries & partners' }).click();
    await page.waitForURL(/\/countries$/);
    await page.getByRole('button', { name: 'Open navigation' }).waitFor();
    await expect.poll(onScreen).toBe(false);
  });
});
