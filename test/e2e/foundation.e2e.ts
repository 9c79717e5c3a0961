import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the foundation of issue 2. A visitor opens Concord, an administrator logs in, switches to
// Chinese, reads the countries page, creates a partner focal point and finds it in the audit log; a user
// without the admin role is turned away from admin pages; on a phone the navigation folds behind a burger.

const ADMIN = { email: 'admin@example.org', password: 'password123456' };
const RESEARCHER = { email: 'researcher@example.org', password: 'password654321' };

const j = journey({
  users: [
    { ...ADMIN, role: 'admin', options: ['--name', 'Ada Admin'] },
    { ...RESEARCHER, role: 'researcher', options: ['--name', 'Rui Researcher'] },
  ],
});

async function chooseLanguage(label: 'English' | '中文') {
  await j.page.getByRole('radiogroup').getByText(label, { exact: true }).click();
}

describe('foundation journey', () => {
  it('shows an anonymous visitor the shell, the five modules and the countries', async () => {
    await j.page.goto(`${j.app.url}/`);
    await j.page.getByRole('heading', { level: 1, name: 'Welcome to Concord' }).waitFor();
    const nav = j.page.getByRole('navigation', { name: 'Main navigation' });
    for (const module of ['Situation', 'Aid', 'Knowledge', 'Research', 'Consular', 'Countries & partners'])
      await nav.getByRole('link', { name: module, exact: true }).waitFor();
    // Once the header knows the visitor is anonymous, the administration section is not offered.
    await j.page.getByRole('link', { name: 'Log in' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);

    await nav.getByRole('link', { name: 'Countries & partners' }).click();
    const table = j.page.getByRole('table', { name: 'Countries' });
    await table.getByRole('row', { name: /Kenya/ }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(200);

    await j.page.getByRole('searchbox', { name: 'Search' }).fill('ken');
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // the header and Kenya
    await expect(table.getByRole('row', { name: /Kenya KEN KE/ }).isVisible()).resolves.toBe(true);

    await j.page.getByRole('tab', { name: 'Partner organisations' }).click();
    await j.page.getByRole('table', { name: 'Partner organisations' }).getByRole('row', { name: /Africa CDC/ }).waitFor();
  });

  it('sends an anonymous visitor from an admin page to login, and back after logging in', async () => {
    await j.page.goto(`${j.app.url}/admin/users`);
    await j.page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);

    await j.logIn(ADMIN.email, 'not-the-password');
    await j.page.getByRole('alert').getByText('wrong email or password').waitFor();

    await j.logIn(ADMIN.email, ADMIN.password);
    await j.page.waitForURL(/\/admin\/users$/);
    await j.page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await j.page.getByRole('button', { name: 'Account menu for Ada Admin' }).waitFor();
  });

  it('switches to Chinese, keeps the choice across a reload, and names countries in Chinese', async () => {
    await chooseLanguage('中文');
    await j.page.getByRole('heading', { level: 1, name: '用户' }).waitFor();
    await expect(j.page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans-CN');

    await j.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '国家与合作伙伴' }).click();
    await j.page.waitForURL(/\/countries$/);
    await j.page.reload();
    const row = j.page.getByRole('table', { name: '国家和地区' }).getByRole('row', { name: /肯尼亚/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/KEN/);

    await chooseLanguage('English');
    await j.page.getByRole('heading', { level: 1, name: 'Countries & partners' }).waitFor();
  });

  it('lets the administrator create a partner focal point, then find it in the audit log', async () => {
    await j.page.goto(`${j.app.url}/admin/users`);
    await j.page.getByRole('button', { name: 'New user' }).click();
    const form = j.page.getByRole('dialog', { name: 'Create a user' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Amina Diallo');
    await form.getByRole('textbox', { name: 'Email' }).fill('amina@example.org');
    await form.getByRole('textbox', { name: 'Role' }).click();
    await j.page.getByRole('option', { name: 'Partner focal point' }).click();

    // The partner is required for this role: the form says so next to the field.
    await form.getByLabel(/^Initial password/).fill('password123456');
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.getByText('Choose the partner this focal point works for').waitFor();

    await form.getByRole('textbox', { name: 'Partner' }).fill('Kenya');
    await j.page.getByRole('option', { name: 'Kenya' }).click();
    await form.getByRole('button', { name: 'Create user' }).click();
    await j.page.getByText('Amina Diallo (amina@example.org) can now log in.').waitFor();
    const amina = j.page.getByRole('row', { name: /Amina Diallo.*Partner focal point.*Partner: Kenya/ });
    await amina.getByText('Active').waitFor();

    await j.page.getByRole('button', { name: 'Disable Amina Diallo' }).click();
    await amina.getByText('Disabled').waitFor();
    await j.page.getByRole('button', { name: 'Enable Amina Diallo' }).click();
    await amina.getByText('Active').waitFor();
    // An administrator cannot lock themselves out from this j.page.
    await expect(j.page.getByRole('button', { name: 'Disable Ada Admin' }).count()).resolves.toBe(0);

    await j.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    // The action filter offers the actions the log holds.
    await j.page.getByRole('textbox', { name: 'Action' }).fill('user.cr');
    await j.page.getByRole('option', { name: 'user.create' }).click();
    await j.page.getByRole('button', { name: 'Apply filters' }).click();
    await j.page.waitForURL(/action=user\.create/);
    await j.page.getByRole('table', { name: 'Audit log entries' }).getByRole('row', { name: /amina@example\.org/ }).waitFor();
    await j.page.getByRole('textbox', { name: 'Action' }).fill('user.update');
    await j.page.getByRole('button', { name: 'Apply filters' }).click();
    await j.page.getByText('1–2 of 2 entries').waitFor();

    // The administrator has the coordinator's aid page, not the overview of a module in preparation.
    await j.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Aid', exact: true }).click();
    await j.page.getByRole('tab', { name: 'Planner' }).waitFor();
    expect(await j.page.getByText('In preparation').count()).toBe(0);
  });

  it('turns away a signed-in user whose role does not allow the page', async () => {
    await j.page.getByRole('button', { name: 'Account menu for Ada Admin' }).click();
    await j.page.getByRole('menuitem', { name: 'Log out' }).click();
    await j.page.getByRole('link', { name: 'Log in' }).first().waitFor();

    await j.page.goto(`${j.app.url}/login?next=%2Fadmin%2Faudit`);
    await j.logIn(RESEARCHER.email, RESEARCHER.password);
    await j.page.waitForURL(/\/admin\/audit$/);
    await j.page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    await expect(j.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
  });

  it('folds the navigation behind a burger on a phone', async () => {
    await j.page.setViewportSize({ width: 390, height: 844 });
    await j.page.goto(`${j.app.url}/`);
    // Folded away, the navigation is off screen and inert, so it is looked up by its label rather than its role.
    const navigation = j.page.locator('nav[aria-label="Main navigation"]');
    const onScreen = () => navigation.evaluate((el) => el.getBoundingClientRect().right > 0 && !(el as HTMLElement).inert);
    await expect(onScreen()).resolves.toBe(false);
    await j.page.getByRole('button', { name: 'Open navigation' }).click();
    await expect.poll(onScreen).toBe(true);
    await j.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Countries & partners' }).click();
    await j.page.waitForURL(/\/countries$/);
    await j.page.getByRole('button', { name: 'Open navigation' }).waitFor();
    await expect.poll(onScreen).toBe(false);
  });
});
