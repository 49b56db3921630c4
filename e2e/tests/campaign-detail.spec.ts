import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { insertFinishedCampaigns } from '../support/campaigns.ts'
import { docsScreenshot } from '../support/docs-screenshot.ts'
import { acme, globex, signIn, signUpMember } from '../support/members.ts'

test('another customer opening a campaign URL sees "Campaign not found"', async ({
  page,
}) => {
  const name = `Acme private ${Date.now()}`
  const [id] = await insertFinishedCampaigns(acme.customerId, acme.email, [
    { name, agentName: 'Acme isolation agent', status: 'completed', ageHours: 1 },
  ])

  await signIn(page, acme, `/batch-calls/${id}`)
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await signIn(page, globex, `/batch-calls/${id}`)
  await expect(
    page.getByRole('heading', { name: 'Campaign not found' }),
  ).toBeVisible()
  await expect(page.getByText(name)).toHaveCount(0)

  await page.goto(`/batch-calls?q=${encodeURIComponent(name)}`)
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible()
  await page.goto('/batch-calls')
  await expect(page.getByRole('table', { name: 'Campaigns' })).toBeVisible()
  await expect(page.getByRole('link', { name })).toHaveCount(0)
})

test('an id that is not a campaign shows "Campaign not found"', async ({ page }) => {
  await signIn(page, acme, '/batch-calls/not-a-campaign')
  await expect(
    page.getByRole('heading', { name: 'Campaign not found' }),
  ).toBeVisible()
})

test('a finished campaign shows its numbers, outcomes and recipients, and downloads them', async ({
  page,
}) => {
  const member = await signUpMember('detail')
  const name = 'Results: week 49'
  const recipients = [
    ...Array<'completed'>(52).fill('completed'),
    ...Array<'failed'>(3).fill('failed'),
    ...Array<'voicemail'>(2).fill('voicemail'),
  ]
  const [id] = await insertFinishedCampaigns(member.customerId, member.email, [
    {
      name,
      agentName: 'Results agent',
      status: 'completed',
      ageHours: 3,
      recipients,
    },
  ])
  await signIn(page, member, `/batch-calls/${id}`)

  const metric = (label: string) =>
    page.getByRole('group', { name: label, exact: true })
  await expect(metric('Status')).toContainText('Completed')
  await expect(metric('Total scheduled')).toContainText('57')
  await expect(metric('Dispatched')).toContainText('57')
  await expect(metric('Completed')).toContainText('52')
  await expect(metric('Failed')).toContainText('5')
  await expect(metric('Progress')).toContainText('100%')

  const chart = page.getByRole('figure', { name: 'Call outcomes' })
  await expect(chart.getByRole('listitem')).toHaveText([
    'Completed 52',
    'Failed 3',
    'Voicemail 2',
  ])

  await docsScreenshot(page, 'campaign-detail')

  const recipientsTable = page.getByRole('table', { name: 'Recipients' })
  await expect(page.getByText('1–50 of 57 recipients')).toBeVisible()
  await page.getByRole('button', { name: 'Page 2' }).click()
  await expect(page).toHaveURL(/[?&]page=2/)
  await expect(recipientsTable.getByRole('row')).toHaveCount(1 + 7)
  await page.getByLabel('Recipient status').selectOption('Voicemail')
  await expect(page).toHaveURL(/[?&]status=voicemail/)
  await expect(recipientsTable.getByRole('row')).toHaveCount(1 + 2)
  await expect(
    page.getByRole('button', { name: 'Retry failed calls' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel campaign' })).toHaveCount(0)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download results' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('Results- week 49.csv')
  const csv = await readFile(await download.path(), 'utf8')
  const lines = csv.trim().split(/\r?\n/)
  expect(lines[0]).toMatch(/^phone_number,status,conversation_id,updated_at/)
  expect(lines).toHaveLength(1 + 57)
})
