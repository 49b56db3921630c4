import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium.ts'
import { freePort } from '../supabase/local/free-port.ts'
import { repoRoot, startStack } from '../supabase/local/stack.ts'
import { type BenchRow, median } from './machine.ts'
import { generateRecipientCsv } from './read-recipient-file.bench.ts'

/** Gzip size of the JavaScript index.html loads before any route code. */
async function initialJsGzip(outDir: string): Promise<number> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1],
  )
  let total = 0
  for (const file of new Set(files)) {
    total += gzipSync(await readFile(join(outDir, file)), { level: 9 }).byteLength
  }
  return total
}

/** An empty Vite page: the floor any SPA starts from. */
async function buildEmptyPage(dir: string) {
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><body><div id="app"></div>' +
      '<script type="module" src="/main.ts"></script></body></html>',
  )
  await writeFile(
    join(dir, 'main.ts'),
    "document.querySelector('#app')!.textContent = 'Hello'\n",
  )
  const outDir = join(dir, 'dist')
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
  })
  return outDir
}

/**
 * Uploads a 10,000-row file to the new-campaign form and records the Long
 * Tasks the main thread ran until the preview showed.
 */
async function longestTaskWhileReading(page: Page, appUrl: string, dir: string) {
  await page.goto(`${appUrl}batch-calls/new`)
  await page.getByLabel('Upload CSV').waitFor({ state: 'attached' })
  await page.evaluate(() => {
    const tasks: number[] = []
    ;(window as unknown as { benchTasks: number[] }).benchTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
  // A path, not a buffer: Playwright decodes a buffer on the page's main
  // thread, which would count its own work against the app.
  const file = join(dir, 'ten-thousand.csv')
  await writeFile(file, generateRecipientCsv(10_000))
  const started = performance.now()
  await page.getByLabel('Upload CSV').setInputFiles(file)
  await page.getByText(/will be called/).waitFor({ timeout: 60_000 })
  const previewMs = performance.now() - started
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: number[] }).benchTasks,
  )
  return {
    longestTask: Math.max(0, ...tasks),
    tasks: tasks.length,
    previewMs,
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export async function benchAppLoading(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-bench-app-'))
  const stack = await startStack({ dataDir, ephemeral: true })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  })
  try {
    process.env.VITE_SUPABASE_URL = stack.url
    process.env.VITE_SUPABASE_ANON_KEY = stack.publishableKey
    const configFile = join(repoRoot, 'vite.config.ts')
    const appDir = join(dataDir, 'app')
    await build({ configFile, logLevel: 'silent', build: { outDir: appDir } })
    // Inside the stack's folder, which goes with the stack.
    const emptyDir = await buildEmptyPage(await mkdtemp(join(dataDir, 'empty-')))

    const appGzip = await initialJsGzip(appDir)
    const emptyGzip = await initialJsGzip(emptyDir)

    const app = await preview({
      configFile,
      logLevel: 'silent',
      build: { outDir: appDir },
      preview: { port: await freePort(), strictPort: true },
    })
    const empty = await preview({
      root: join(emptyDir, '..'),
      configFile: false,
      logLevel: 'silent',
      build: { outDir: emptyDir },
      preview: { port: await freePort(), strictPort: true },
    })
    const appUrl = app.resolvedUrls?.local[0] ?? ''
    const emptyUrl = empty.resolvedUrls?.local[0] ?? ''

    const page = await browser.newPage()
    await page.goto(`${appUrl}sign-in`)
    await page.getByLabel('Email').fill('member@acme.test')
    await page.getByLabel('Password').fill('demo-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('table', { name: 'Campaigns' }).waitFor()

    const listTimes: number[] = []
    const emptyTimes: number[] = []
    for (let i = 0; i < 7; i++) {
      const started = performance.now()
      await page.goto(`${appUrl}batch-calls`)
      await page
        .getByRole('table', { name: 'Campaigns' })
        .getByRole('row')
        .nth(1)
        .waitFor()
      listTimes.push(performance.now() - started)

      const emptyStarted = performance.now()
      await page.goto(emptyUrl)
      await page.getByText('Hello').waitFor()
      emptyTimes.push(performance.now() - emptyStarted)
    }
    const reading = await longestTaskWhileReading(page, appUrl, dataDir)
    listTimes.sort((a, b) => a - b)
    emptyTimes.sort((a, b) => a - b)
    await new Promise((done) => app.httpServer.close(done))
    await new Promise((done) => empty.httpServer.close(done))

    const list = median(listTimes)
    const floor = median(emptyTimes)
    return [
      {
        path: 'reading a recipient file',
        case: 'in Chromium: 10,000 rows read in the Web Worker',
        figure: `longest main-thread task ${reading.longestTask.toFixed(0)} ms (${reading.tasks} over 50 ms); preview after ${reading.previewMs.toFixed(0)} ms`,
        baseline: 'budget: no task over 50 ms',
        ratio: '–',
        budget: '≤ 50 ms',
        verdict: reading.longestTask <= 50 ? 'within' : 'over',
      },
      {
        path: 'loading the app',
        case: 'initial JavaScript, gzip',
        figure: kb(appGzip),
        baseline: `empty Vite page ${kb(emptyGzip)}`,
        ratio: (appGzip / emptyGzip).toFixed(1),
        budget: '≤ 250 KB',
        verdict: appGzip <= 250 * 1024 ? 'within' : 'over',
      },
      {
        path: 'loading the app',
        case: 'campaign list with data, full page load (median of 7)',
        figure: `${list.toFixed(0)} ms`,
        baseline: `empty Vite page ${floor.toFixed(0)} ms`,
        ratio: (list / floor).toFixed(1),
        budget: '≤ 1 s',
        verdict: list <= 1000 ? 'within' : 'over',
      },
    ]
  } finally {
    await browser.close()
    await stack.stop()
  }
}
