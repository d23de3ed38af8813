import { defineConfig, devices } from '@playwright/test';

// Browser tests drive Debian's Chromium (no browser download) against the e2e stack that
// scripts/test.sh starts: test Keycloak on 8181 and the packaged backend on 8082.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: 'http://127.0.0.1:4173',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
    // Dialogs and transitions do not animate (the theme respects it), so checks see a settled page.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' }, grep: /@phone/ },
  ],
  webServer: {
    command: './node_modules/.bin/vite preview --outDir dist-e2e --mode e2e',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
    env: { API_TARGET: process.env.API_TARGET ?? 'http://127.0.0.1:8082' },
    timeout: 30_000,
  },
});
