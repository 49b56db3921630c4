import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own download. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  const found = candidates.find((path) => path && existsSync(path))
  if (found) return found
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    'No Chromium found for the browser tests. Install one with\n' +
      '  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
}

export default defineConfig({
  testDir: 'e2e/tests',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.E2E_BASE_URL,
    locale: 'en-US',
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})
