import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// The SPA's own login session (src/shared/auth/session.ts) against the real Keycloak: back to the page asked for,
// a token renewed with the refresh token, a new login when Keycloak no longer knows the session, and logging out.

type Tokens = { accessToken: string; refreshToken?: string; expiresAt: number };
const KEY = 'stagemakelaar.tokens';

const tokens = (page: Page) => page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Tokens | null, KEY);
const change = (page: Page, patch: Partial<Tokens>) =>
  page.evaluate(([key, p]) => sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key)!), ...p })), [KEY, patch] as const);

test('a session returns to the page asked for, renews its token, logs in again when Keycloak ended it, and logs out', async ({ mentor }) => {
  const page = await mentor('/mentor?page=1');
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/mentor?page=1');
  const first = await tokens(page);
  expect(first?.accessToken).toBeTruthy();
  expect(first?.refreshToken).toBeTruthy();

  // An expired token on load: renewed with the refresh token, without the login page.
  await change(page, { expiresAt: 0 });
  const renewed = page.waitForResponse((r) => r.url().endsWith('/protocol/openid-connect/token') && r.status() === 200);
  await page.reload();
  await renewed;
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  const second = await tokens(page);
  expect(second?.accessToken).not.toBe(first?.accessToken);
  expect(second!.expiresAt).toBeGreaterThan(Date.now());

  // A refresh token Keycloak refuses (the session ended there): a new login round trip, back to the same page.
  await change(page, { expiresAt: 0, refreshToken: 'ended' });
  const refused = page.waitForResponse((r) => r.url().endsWith('/protocol/openid-connect/token') && r.status() === 400);
  await page.reload();
  await refused;
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/mentor?page=1');
  expect((await tokens(page))?.refreshToken).not.toBe('ended');

  // An old login answer in the address is dropped, not used again.
  await page.goto('/mentor?page=1&code=used&state=old&session_state=x');
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  await expect(page).toHaveURL(/\/mentor\?page=1$/);

  // Logging out ends the Keycloak session too: the next visit asks for the password.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.locator('#username')).toBeVisible();
  await page.goto('/mentor');
  await expect(page.locator('#username')).toBeVisible();
});

test('an open page renews its token a minute before it ends, on its own', async ({ mentor }) => {
  const page = await mentor('/mentor');
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  // The page's own clock, so ten minutes pass in a moment; the session is kept in the tab across the reload.
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  const before = await tokens(page);
  const lifetime = before!.expiresAt - (await page.evaluate(() => Date.now()));
  expect(lifetime).toBeGreaterThan(120_000);

  // Not yet two minutes before the end: nothing asked.
  let asked = 0;
  page.on('request', (r) => r.url().endsWith('/protocol/openid-connect/token') && asked++);
  await page.clock.fastForward(lifetime - 120_000);
  expect(asked).toBe(0);
  // Time goes on at its own pace after a jump, so the renewal must come at once, not when the token is nearly gone.
  const renewed = page.waitForResponse((r) => r.url().endsWith('/protocol/openid-connect/token') && r.status() === 200, { timeout: 5_000 });
  await page.clock.fastForward(70_000);
  await renewed;
  await expect.poll(async () => (await tokens(page))?.accessToken).not.toBe(before!.accessToken);
  // The backend takes the new token, and the page goes on.
  const renewedToken = (await tokens(page))!.accessToken;
  expect(await page.evaluate(async (token) => (await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status, renewedToken)).toBe(200);
  await page.getByRole('main').getByRole('link', { name: 'Nieuwe aanmelding' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe aanmelding' })).toBeVisible();
});
