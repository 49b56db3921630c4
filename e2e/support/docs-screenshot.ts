import type { Page } from '@playwright/test'

/**
 * Screenshots for the README. They land in `docs/` only when asked for
 * (`npm run docs:screenshots`), so an ordinary test run leaves the tree clean.
 */
export async function docsScreenshot(page: Page, name: string, fullPage = false) {
  const folder = process.env.DOCS_SCREENSHOTS ? 'docs' : 'test-results/docs'
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage })
}
