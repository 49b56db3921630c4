import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { insertFinishedCampaigns } from '../support/campaigns.ts'
import { docsScreenshot } from '../support/docs-screenshot.ts'
import {
  liveAgent,
  runSimulatorSteps,
  startCampaignViaApi,
  upstreamBatchId,
  upstreamStatuses,
} from '../support/live-campaigns.ts'
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
  // Signing out ends on the sign-in page; going on before that races it.
  await expect(page).toHaveURL(/\/sign-in/)

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

const metric = (page: Page, label: string) =>
  page.getByRole('group', { name: label, exact: true })

/** Three answer, one number ending 13 fails, one ending 14 reaches voicemail. */
const MIXED_NUMBERS = [
  '+12025557001',
  '+12025557013',
  '+12025557014',
  '+12025557002',
  '+12025557113',
  '+12025557003',
]

test('a running campaign counts up on its detail page until it is completed', async ({
  page,
}) => {
  const member = await signUpMember('live')
  const agent = await liveAgent(member, 'Live progress agent')
  const name = `Live progress ${randomUUID().slice(0, 8)}`
  const id = await startCampaignViaApi(member, agent, name, MIXED_NUMBERS)
  await upstreamBatchId(id)

  await signIn(page, member, `/batch-calls/${id}`)
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(metric(page, 'Total scheduled')).toHaveText(/6$/)
  await expect(metric(page, 'Dispatched')).toHaveText(/Dispatched0$/)

  await runSimulatorSteps(1)
  await expect(metric(page, 'Status')).toContainText('In progress')
  await expect(metric(page, 'Dispatched')).toHaveText(/Dispatched[1-6]$/)
  await expect(metric(page, 'Completed')).toHaveText(/Completed0$/)

  // The first calls reach the end of the line; the rest are still under way.
  await runSimulatorSteps(3)
  await expect(metric(page, 'Completed')).toHaveText(/Completed[1-2]$/)
  await expect(metric(page, 'Status')).toContainText('In progress')

  await runSimulatorSteps(30)
  await expect(metric(page, 'Status')).toContainText('Completed')
  await expect(metric(page, 'Dispatched')).toHaveText(/Dispatched6$/)
  await expect(metric(page, 'Completed')).toHaveText(/Completed3$/)
  await expect(metric(page, 'Failed')).toHaveText(/Failed3/)
  await expect(metric(page, 'Failed')).toContainText('1 to voicemail')
  await expect(metric(page, 'Progress')).toContainText('100%')
  await expect(
    page.getByRole('figure', { name: 'Call outcomes' }).getByRole('listitem'),
  ).toHaveText(['Completed 3', 'Failed 2', 'Voicemail 1'])

  const recipients = page.getByRole('table', { name: 'Recipients' })
  const row = (phone: string) =>
    recipients.getByRole('row').filter({ hasText: phone })
  await expect(row('+12025557001')).toContainText('Completed')
  await expect(row('+12025557013')).toContainText('Failed')
  await expect(row('+12025557113')).toContainText('Failed')
  await expect(row('+12025557014')).toContainText('Voicemail')
  await expect(page.getByRole('button', { name: 'Cancel campaign' })).toHaveCount(0)
})

test('a scheduled campaign is kept, then cancelled, from its detail page', async ({
  page,
}) => {
  const member = await signUpMember('cancel')
  const agent = await liveAgent(member, 'Cancel agent')
  const name = `Tomorrow's calls ${randomUUID().slice(0, 8)}`
  const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 16)
  const id = await startCampaignViaApi(
    member,
    agent,
    name,
    ['+12025557201', '+12025557202'],
    tomorrow,
  )
  const batchId = await upstreamBatchId(id)

  await signIn(page, member, `/batch-calls/${id}`)
  await expect(metric(page, 'Status')).toContainText('Scheduled')

  const dialog = page.getByRole('dialog', { name: 'Cancel this campaign?' })
  await page.getByRole('button', { name: 'Cancel campaign' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep campaign' }).click()
  await expect(dialog).toBeHidden()
  await expect(metric(page, 'Status')).toContainText('Scheduled')
  expect((await upstreamStatuses(batchId)).status).toBe('pending')

  await page.getByRole('button', { name: 'Cancel campaign' }).click()
  await dialog.getByRole('button', { name: 'Cancel campaign' }).click()
  await expect(page.getByText('Campaign cancelled.')).toBeVisible()
  await expect(metric(page, 'Status')).toContainText('Cancelled')
  await expect(page.getByRole('button', { name: 'Cancel campaign' })).toHaveCount(0)
  await expect
    .poll(async () => (await upstreamStatuses(batchId)).status)
    .toBe('cancelled')
  const recipients = page.getByRole('table', { name: 'Recipients' })
  await expect(
    recipients.getByRole('row').filter({ hasText: 'Cancelled' }),
  ).toHaveCount(2)
})

test('failed calls of a finished campaign are retried, and the results download', async ({
  page,
}) => {
  const member = await signUpMember('retry')
  const agent = await liveAgent(member, 'Retry agent')
  const name = `Retry run ${randomUUID().slice(0, 8)}`
  const id = await startCampaignViaApi(member, agent, name, MIXED_NUMBERS)
  const batchId = await upstreamBatchId(id)
  await runSimulatorSteps(30)

  await signIn(page, member, `/batch-calls/${id}`)
  await expect(metric(page, 'Status')).toContainText('Completed')
  await expect(metric(page, 'Completed')).toHaveText(/Completed3$/)
  await expect(metric(page, 'Failed')).toHaveText(/Failed3/)

  await page.getByRole('button', { name: 'Retry failed calls' }).click()
  await expect(
    page.getByText('Failed calls are queued to be tried again.'),
  ).toBeVisible()
  await expect
    .poll(async () => {
      const batch = await upstreamStatuses(batchId)
      return batch.recipients.filter((r) => r.status === 'pending').length
    })
    .toBe(3)
  // The three that failed are waiting to be called again; the answered ones stay.
  await expect(metric(page, 'Failed')).toHaveText(/Failed0$/)
  await expect(metric(page, 'Completed')).toHaveText(/Completed3$/)
  await expect(metric(page, 'Status')).not.toContainText('Completed')
  await expect(page.getByRole('button', { name: 'Retry failed calls' })).toHaveCount(
    0,
  )
  const recipients = page.getByRole('table', { name: 'Recipients' })
  await expect(
    recipients.getByRole('row').filter({ hasText: 'Pending' }),
  ).toHaveCount(3)

  await runSimulatorSteps(30)
  await expect(metric(page, 'Status')).toContainText('Completed')
  await expect(metric(page, 'Failed')).toHaveText(/Failed3/)
  await expect(
    page.getByRole('figure', { name: 'Call outcomes' }).getByRole('listitem'),
  ).toHaveText(['Completed 3', 'Failed 2', 'Voicemail 1'])

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download results' }).click()
  const csv = await readFile(await (await downloading).path(), 'utf8')
  const lines = csv.trim().split(/\r?\n/)
  expect(lines).toHaveLength(1 + MIXED_NUMBERS.length)
  for (const phone of MIXED_NUMBERS)
    expect(lines.some((line) => line.startsWith(`${phone},`))).toBe(true)
  expect(lines.find((line) => line.startsWith('+12025557014,'))).toContain(
    'voicemail',
  )
  expect(lines.find((line) => line.startsWith('+12025557013,'))).toContain('failed')
  expect(lines.find((line) => line.startsWith('+12025557001,'))).toContain(
    'completed',
  )
})
