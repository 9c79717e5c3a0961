import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: accounts (issue 11). An administrator edits an account (name, role with its partner, a new
// password) at desktop and phone sizes; the user changes their own password on their profile page, where a
// wrong current password is said at its field (in Chinese too), and their other session ends.

const ADMIN = { email: 'admin@example.org', password: 'password123456' };
const CITIZEN = { email: 'citizen@example.org', password: 'password654321' };
const SHOTS = process.env.E2E_SHOTS;

const j = journey({
  users: [
    { ...ADMIN, role: 'admin', options: ['--name', 'Ada Admin'] },
    { ...CITIZEN, role: 'citizen', options: ['--name', 'Chen Citizen'] },
  ],
});

/** Drops the console line of a refusal the step expects (the harness lets only 401/403 through). */
const expectRefusal = (status: number) => {
  const errors = j.browser.errors;
  const at = errors.findIndex((e) => e.includes(`status of ${status}`));
  expect(at).toBeGreaterThanOrEqual(0);
  errors.splice(at, 1);
};

describe('accounts journey', () => {
  it('lets an administrator rename an account, give it a role with its partner and a new password', async () => {
    await j.page.goto(`${j.app.url}/login?next=%2Fadmin%2Fusers`);
    await j.logIn(ADMIN.email, ADMIN.password);
    await j.page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await j.page.getByRole('button', { name: 'Edit Chen Citizen' }).click();
    const form = j.page.getByRole('dialog', { name: 'Edit Chen Citizen' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Chen Wei');
    await form.getByRole('textbox', { name: 'Role' }).click();
    await j.page.getByRole('option', { name: 'Partner focal point' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Choose the partner this focal point works for').waitFor();
    await form.getByRole('textbox', { name: 'Partner' }).fill('Kenya');
    await j.page.getByRole('option', { name: 'Kenya' }).click();
    await form.getByLabel(/^New password/).fill('a reset password 1');
    if (SHOTS) await j.page.screenshot({ path: `${SHOTS}/edit-user-1366.png` });
    await form.getByRole('button', { name: 'Save changes' }).click();
    await j.page.getByText('Chen Wei is saved.').waitFor();
    await j.page.getByRole('row', { name: /Chen Wei.*Partner focal point.*Partner: Kenya/ }).waitFor();
    // The administrator keeps the admin role on their own account.
    await j.page.getByRole('button', { name: 'Edit Ada Admin' }).click();
    await expect(j.page.getByRole('dialog', { name: 'Edit Ada Admin' }).getByRole('textbox', { name: 'Role' }).isDisabled()).resolves.toBe(true);
    await j.page.getByRole('dialog', { name: 'Edit Ada Admin' }).getByRole('button', { name: 'Cancel' }).click();

    // On a phone the row's actions stay reachable.
    await j.page.setViewportSize({ width: 390, height: 844 });
    const edit = j.page.getByRole('button', { name: 'Edit Chen Wei' });
    await edit.scrollIntoViewIfNeeded();
    await expect(edit.isVisible()).resolves.toBe(true);
    if (SHOTS) await j.page.screenshot({ path: `${SHOTS}/users-390.png` });
    await j.page.setViewportSize({ width: 1366, height: 800 });
  });

  it('lets a user change their own password with the current one; their other session ends', async () => {
    const other = await j.signedIn({ email: CITIZEN.email, password: 'a reset password 1' }, '/profile');
    await other.page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    await j.page.getByRole('button', { name: 'Account menu for Ada Admin' }).click();
    await j.page.getByRole('menuitem', { name: 'Log out' }).click();
    await j.page.goto(`${j.app.url}/login?next=%2Fprofile`);
    await j.logIn(CITIZEN.email, 'a reset password 1');
    await j.page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await j.page.getByRole('radiogroup').getByText('中文', { exact: true }).click();
    const form = j.page.getByRole('form', { name: '修改密码' });
    await form.getByLabel(/^当前密码/).fill('not my password');
    await form.getByLabel(/^新密码/).fill('my own new password');
    await form.getByLabel(/^再次输入新密码/).fill('my own new password');
    await form.getByRole('button', { name: '修改密码' }).click();
    await form.getByText('这不是您当前的密码').waitFor();
    expectRefusal(422);
    // The refusal is worded at its field, not as the API's English.
    await expect(form.textContent()).resolves.not.toMatch(/current password is not right|body\./);
    if (SHOTS) await j.page.screenshot({ path: `${SHOTS}/profile-zh-1366.png` });

    await j.page.getByRole('radiogroup').getByText('English', { exact: true }).click();
    const en = j.page.getByRole('form', { name: 'Change your password' });
    await en.getByLabel(/^Current password/).fill('a reset password 1');
    await en.getByRole('button', { name: 'Change password' }).click();
    await j.page.getByText('Your password is changed.', { exact: false }).waitFor();

    await other.page.reload();
    await other.page.waitForURL(/\/login\?next=%2Fprofile/);
    await j.page.setViewportSize({ width: 390, height: 844 });
    await j.page.getByRole('button', { name: 'Change password' }).scrollIntoViewIfNeeded();
    if (SHOTS) await j.page.screenshot({ path: `${SHOTS}/profile-390.png`, fullPage: true });
    await j.page.setViewportSize({ width: 1366, height: 800 });
  });
});
