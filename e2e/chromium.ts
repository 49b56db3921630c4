import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own download. */
export function chromiumPath(): string | undefined {
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

/** Flags for a root, offline machine: no sandbox, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
