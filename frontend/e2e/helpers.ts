import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Logs in through the real Keycloak login page and waits for the app's shell. */
export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stagemakelaar' })).toBeVisible();
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function assertAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Screenshots land in test-results/screenshots (git-ignored) to be looked at. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}`;
}
