import { expect, type Page, test } from '@playwright/test'
import { type CampaignSpec, insertFinishedCampaigns } from '../support/campaigns.ts'
import { docsScreenshot } from '../support/docs-screenshot.ts'
import { signIn, signUpMember } from '../support/members.ts'

/** 30 campaigns, `Wave 1` the newest; 3 autumn ones, 6 renewals, 6 failed. */
function thirtyCampaigns(): CampaignSpec[] {
  return Array.from({ length: 30 }, (_, index) => {
    const n = index + 1
    return {
      name: [3, 11, 19].includes(n) ? `Autumn promo wave ${n}` : `Wave ${n}`,
      agentName: n > 24 ? 'Policy Renewals desk' : 'Appointment desk',
      status: n % 5 === 0 ? 'failed' : n % 7 === 0 ? 'cancelled' : 'completed',
      ageHours: n,
    }
  })
}

const campaignRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Campaigns' })
    .getByRole('row')
    .filter({
      has: page.getByRole('link'),
    })

test('search, status filter and pages live in the URL and survive a reload', async ({
  page,
}) => {
  const member = await signUpMember('list')
  await insertFinishedCampaigns(member.customerId, member.email, thirtyCampaigns())
  await signIn(page, member, '/batch-calls')

  await expect(campaignRows(page)).toHaveCount(12)
  await expect(campaignRows(page).first()).toContainText('Wave 1')
  await expect(campaignRows(page).first()).toContainText('1 hour ago')

  await page.getByLabel('Search').fill('AUTUMN')
  await expect(page).toHaveURL(/[?&]q=AUTUMN/)
  await expect(campaignRows(page)).toHaveCount(3)
  await expect(campaignRows(page).first()).toContainText('Autumn promo wave 3')

  await page.getByLabel('Search').fill('renewals d')
  await expect(campaignRows(page)).toHaveCount(6)
  await expect(campaignRows(page).first()).toContainText('Policy Renewals desk')

  await page.getByLabel('Search').fill('no such campaign')
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByLabel('Search')).toHaveValue('')

  await page.getByLabel('Status').selectOption('Failed')
  await expect(page).toHaveURL(/[?&]status=failed/)
  await expect(campaignRows(page)).toHaveCount(6)
  for (const row of await campaignRows(page).all()) {
    await expect(row).toContainText('Failed')
  }

  await page.getByLabel('Status').selectOption('All')
  await expect(campaignRows(page)).toHaveCount(12)
  await page.getByRole('button', { name: 'Page 3' }).click()
  await expect(page).toHaveURL(/[?&]page=3/)
  await expect(campaignRows(page)).toHaveCount(6)
  await expect(campaignRows(page).first()).toContainText('Wave 25')

  await page.reload()
  await expect(page.getByRole('button', { name: 'Page 3' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(campaignRows(page)).toHaveCount(6)
  await expect(campaignRows(page).last()).toContainText('Wave 30')

  await page.getByRole('button', { name: 'Previous page' }).click()
  await expect(campaignRows(page).first()).toContainText('Wave 13')
})

test('a garbage or too large page in the URL lands on a real page', async ({
  page,
}) => {
  const member = await signUpMember('pages')
  await insertFinishedCampaigns(member.customerId, member.email, thirtyCampaigns())
  await signIn(page, member, '/batch-calls?page=abc&status=nonsense')

  await expect(campaignRows(page)).toHaveCount(12)
  await expect(page.getByRole('button', { name: 'Page 1' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(page.getByLabel('Status')).toHaveValue('')

  await page.goto('/batch-calls?page=9')
  await expect(page).toHaveURL(/[?&]page=3$/)
  await expect(campaignRows(page)).toHaveCount(6)
})

test('a new customer is invited to start a first campaign', async ({ page }) => {
  await signIn(page, await signUpMember('empty'), '/batch-calls')

  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'New campaign' })).toBeVisible()
})

test('each row shows name, agent, status, progress and age', async ({ page }) => {
  const member = await signUpMember('rows')
  const agentName = 'Appointment reminders'
  await insertFinishedCampaigns(member.customerId, member.email, [
    {
      name: 'Dentist reminders, week 49',
      agentName,
      status: 'completed',
      ageHours: 3,
    },
    { name: 'Flu shot follow-ups', agentName, status: 'failed', ageHours: 30 },
    {
      name: 'Spring promo (UK), 50%_off',
      agentName,
      status: 'cancelled',
      ageHours: 80,
    },
    {
      name: 'Customer survey, November',
      agentName: 'Customer survey',
      status: 'completed',
      ageHours: 200,
      recipients: ['completed', 'completed', 'voicemail', 'completed'],
    },
  ])
  await signIn(page, member, '/batch-calls')

  const first = campaignRows(page).first()
  await expect(first.getByRole('link')).toHaveText('Dentist reminders, week 49')
  await expect(first).toContainText(agentName)
  await expect(first).toContainText('Completed')
  await expect(first).toContainText('3 of 3 dispatched')
  await expect(first).toContainText('3 hours ago')
  await expect(first.getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  await expect(campaignRows(page).nth(2)).toContainText('Cancelled')
  await docsScreenshot(page, 'campaign-list', true)
})

test('a search of digits or JSON-like words stays text through the URL', async ({
  page,
}) => {
  const member = await signUpMember('digits')
  const agentName = 'Reminder desk'
  await insertFinishedCampaigns(member.customerId, member.email, [
    {
      name: 'Dentist reminders week 12',
      agentName,
      status: 'completed',
      ageHours: 1,
    },
    {
      name: 'Dentist reminders week 7',
      agentName,
      status: 'completed',
      ageHours: 2,
    },
    { name: 'Order 123 follow-up', agentName, status: 'completed', ageHours: 3 },
    { name: 'True north survey', agentName, status: 'completed', ageHours: 4 },
  ])
  await signIn(page, member, '/batch-calls')
  await expect(campaignRows(page)).toHaveCount(4)

  await page.getByLabel('Search').fill('123')
  await expect(page).toHaveURL(/[?&]q=123(&|$)/)
  await expect(campaignRows(page)).toHaveCount(1)
  await expect(campaignRows(page).first()).toContainText('Order 123 follow-up')

  await page.reload()
  await expect(page.getByLabel('Search')).toHaveValue('123')
  await expect(campaignRows(page)).toHaveCount(1)

  await page.goto('/batch-calls?q=12')
  await expect(page.getByLabel('Search')).toHaveValue('12')
  await expect(campaignRows(page)).toHaveCount(2)
  await expect(campaignRows(page).first()).toContainText('Dentist reminders week 12')
  await expect(campaignRows(page).last()).toContainText('Order 123 follow-up')

  await page.goto('/batch-calls?q=true')
  await expect(page.getByLabel('Search')).toHaveValue('true')
  await expect(campaignRows(page)).toHaveCount(1)
  await expect(campaignRows(page).first()).toContainText('True north survey')
  await expect(page).toHaveURL(/[?&]q=true(&|$)/)
})
