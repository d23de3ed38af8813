import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export { unique } from './api';

/** Logs in through the real Keycloak login page and waits for the app's shell. */
export async function login(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stagemakelaar' })).toBeVisible();
}

/**
 * Waits until the page has settled: no request in flight, no loading indicator, no dialog or transition
 * still moving. Checks made on a page that is still changing report what is gone a moment later.
 */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-busy], .mantine-Loader-root')).toHaveCount(0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** No serious or critical WCAG 2.1 A/AA violation on the settled page. */
export async function assertAccessible(page: Page) {
  await settled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Screenshots land in test-results/screenshots (git-ignored) to be looked at. */
export async function snap(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** One call per screen: settled, accessible, and a screenshot to look at. */
export async function checkpoint(page: Page, name: string) {
  await assertAccessible(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
