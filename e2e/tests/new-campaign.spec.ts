import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { docsScreenshot } from '../support/docs-screenshot.ts'
import {
  acceptTerms,
  campaignNamed,
  GLOBEX_ID,
  recipientVariables,
  restoreQuota,
  useUpQuota,
  withdrawTerms,
} from '../support/new-campaign-db.ts'
import {
  FIXTURE_EXPECTATIONS,
  fixtureBytes,
} from '../support/new-campaign-fixtures.ts'
import {
  ACME_MEMBER,
  callableHeading,
  choose,
  fillCaller,
  GLOBEX_MEMBER,
  openNewCampaign,
  preview,
  uploadCsv,
} from '../support/new-campaign-page.ts'

const SEED_CSV =
  'phone_number,first_name,account_id\n' +
  '+12025550101,Alice,ACC001\n+12025550102,Bob,ACC002\n+12025550103,Carol,ACC003\n'
const ACME_AGENT = 'Appointment reminders'
const ACME_NUMBER = 'Acme main line (+12025550100)'
const GLOBEX_AGENT = 'Policy renewals'
const GLOBEX_NUMBER = 'Globex renewals (+12025550111)'
const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`

test('the seed CSV is previewed, started, listed and keeps its variables', async ({
  page,
}) => {
  const name = unique('Seed reminders')
  await openNewCampaign(page, ACME_MEMBER)
  await fillCaller(page, name, ACME_AGENT, ACME_NUMBER)
  await uploadCsv(page, 'seed.csv', SEED_CSV)

  await expect(callableHeading(page)).toHaveText('3 numbers will be called')
  await expect(page.getByText('Starts immediately')).toBeVisible()
  await docsScreenshot(page, 'new-campaign', true)
  await page.getByRole('button', { name: 'Start campaign' }).click()

  await expect(page).toHaveURL(/\/batch-calls$/)
  await expect(page.getByRole('alert').filter({ hasText: name })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: name })
  // A fresh campaign may be at 0%: the bar is still there to see and read.
  const bar = row.getByRole('progressbar')
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAccessibleName(/: \d{1,3}% dispatched$/)
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d{1,3}$/)
  await row.getByRole('link', { name }).click()
  await expect(page.getByRole('group', { name: 'Total scheduled' })).toContainText(
    '3',
  )
  await expect(page.getByText('ACC001')).toBeVisible()

  const campaign = await campaignNamed(name)
  expect(campaign?.recipients).toBe(3)
  const variables = await recipientVariables(campaign?.id ?? '')
  expect(variables.map((r) => r.variables)).toEqual([
    { first_name: 'Alice', account_id: 'ACC001' },
    { first_name: 'Bob', account_id: 'ACC002' },
    { first_name: 'Carol', account_id: 'ACC003' },
  ])
})

test('a member whose terms are not accepted accepts them and the campaign starts', async ({
  page,
}) => {
  await withdrawTerms(GLOBEX_ID)
  const name = unique('Renewals after terms')
  await openNewCampaign(page, GLOBEX_MEMBER)
  await fillCaller(page, name, GLOBEX_AGENT, GLOBEX_NUMBER)
  await uploadCsv(page, 'seed.csv', SEED_CSV)
  await expect(callableHeading(page)).toHaveText('3 numbers will be called')
  await page.getByRole('button', { name: 'Start campaign' }).click()

  const dialog = page.getByRole('dialog', { name: 'Batch calling terms' })
  await expect(dialog).toContainText('agreed to be called')
  await dialog.getByRole('button', { name: 'I accept' }).click()

  await expect(page).toHaveURL(/\/batch-calls$/)
  await expect(page.getByRole('link', { name })).toBeVisible()
  await expect.poll(async () => (await campaignNamed(name))?.recipients).toBe(3)
})

test.describe('at the monthly limit', () => {
  test.afterEach(() => restoreQuota(GLOBEX_ID))

  test('the quota message shows and no campaign is created', async ({ page }) => {
    await acceptTerms(GLOBEX_ID, GLOBEX_MEMBER)
    const limit = await useUpQuota(GLOBEX_ID)
    const name = unique('Over the limit')
    await openNewCampaign(page, GLOBEX_MEMBER)
    await expect(page.getByText('No campaigns left this month')).toBeVisible()
    await fillCaller(page, name, GLOBEX_AGENT, GLOBEX_NUMBER)
    await uploadCsv(page, 'seed.csv', SEED_CSV)
    await expect(callableHeading(page)).toHaveText('3 numbers will be called')
    await page.getByRole('button', { name: 'Start campaign' }).click()

    const alert = page.getByRole('alert').filter({ hasText: 'limit' })
    await expect(alert).toContainText('Monthly campaign limit reached')
    await expect(alert).toContainText(String(limit))
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name)
    await expect(page).toHaveURL(/\/batch-calls\/new$/)
    expect(await campaignNamed(name)).toBeNull()
  })
})

test('every recipient-file fixture gives the preview its README describes', async ({
  page,
}) => {
  await openNewCampaign(page, ACME_MEMBER)
  for (const expected of FIXTURE_EXPECTATIONS) {
    await uploadCsv(page, expected.file, fixtureBytes(expected.file))
    const shown = preview(page)
    await expect(callableHeading(page), expected.file).toHaveText(
      `${expected.callable} ${expected.callable === 1 ? 'number' : 'numbers'} will be called`,
    )
    for (const text of expected.shows) {
      await expect(shown.getByText(text).first(), expected.file).toBeVisible()
    }
    const problems = shown.getByRole('table', { name: 'Problems' }).getByRole('row')
    await expect(problems, expected.file).toHaveCount(
      expected.problems ? expected.problems + 1 : 0,
    )
  }
  await expect(preview(page).getByRole('table', { name: 'Problems' })).toContainText(
    'country code',
  )

  await uploadCsv(page, 'no-phone.csv', 'Name,Mobile\nAlex,+12025550101\n')
  await expect(page.getByLabel('Headers found')).toHaveText(/"Name".*"Mobile"/)
})

test('a time in a chosen zone shows its UTC line and is listed as Scheduled', async ({
  page,
}) => {
  const name = unique('Tokyo morning')
  await openNewCampaign(page, ACME_MEMBER)
  await fillCaller(page, name, ACME_AGENT, ACME_NUMBER)
  await page.getByLabel('Scheduled time').fill('2031-03-09 02:30')
  await expect(page.getByText(/does not exist in America\/New_York/)).toBeVisible()

  // Within the 365 days a schedule may reach; Tokyo keeps UTC+9 all year.
  const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
  await page.getByLabel('Scheduled time').fill(`${day} 09:00`)
  await page.getByRole('combobox', { name: 'Timezone' }).fill('Asia/Tok')
  await page.getByRole('option', { name: 'Asia/Tokyo' }).click()
  await expect(
    page.getByText(`Starts ${day} 09:00 in Asia/Tokyo · ${day} 00:00 UTC`),
  ).toBeVisible()
  await uploadCsv(page, 'seed.csv', SEED_CSV)
  await expect(callableHeading(page)).toHaveText('3 numbers will be called')
  await page.getByRole('button', { name: 'Start campaign' }).click()

  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('Scheduled')
})

test('a DST-gap time is refused before anything is sent', async ({ page }) => {
  const name = unique('Gap hour')
  await openNewCampaign(page, ACME_MEMBER)
  await fillCaller(page, name, ACME_AGENT, ACME_NUMBER)
  await choose(page, 'Timezone', 'Europe/London')
  await page.getByLabel('Scheduled time').fill('2031-03-30 01:30')
  await uploadCsv(page, 'seed.csv', SEED_CSV)
  await page.getByRole('button', { name: 'Start campaign' }).click()

  await expect(page.getByText(/does not exist in Europe\/London/)).toBeVisible()
  await expect(page).toHaveURL(/\/batch-calls\/new$/)
  expect(await campaignNamed(name)).toBeNull()
})

test('numbers typed by hand, one invalid, are previewed and called', async ({
  page,
}) => {
  const name = unique('Typed numbers')
  await openNewCampaign(page, ACME_MEMBER)
  await fillCaller(page, name, ACME_AGENT, ACME_NUMBER)
  await page.getByRole('tab', { name: 'Enter numbers manually' }).click()
  await page
    .getByLabel('Phone numbers')
    .fill('+1 202 555 0104\n+12025550105\n12345\n+12025550105')

  const shown = preview(page)
  await expect(callableHeading(page)).toHaveText('2 numbers will be called')
  await expect(shown.getByRole('table', { name: 'Problems' })).toContainText('12345')
  await expect(
    shown.getByRole('table', { name: 'Duplicates removed' }),
  ).toContainText('row 2')
  await expect(
    shown.getByRole('table', { name: 'Numbers rewritten' }),
  ).toContainText('+12025550104')

  await page.reload()
  await expect(page.getByLabel('Phone numbers')).toHaveValue(/\+12025550105/)
  await expect(callableHeading(page)).toHaveText('2 numbers will be called')
  await page.getByRole('button', { name: 'Start campaign' }).click()

  await expect(page).toHaveURL(/\/batch-calls$/)
  await expect.poll(async () => (await campaignNamed(name))?.recipients).toBe(2)
})
