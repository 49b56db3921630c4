import { randomUUID } from 'node:crypto'
import { expect, type Page, test } from '@playwright/test'
import { campaignNamed } from '../support/new-campaign-db.ts'
import {
  ACME_MEMBER,
  callableHeading,
  fillCaller,
  openNewCampaign,
  uploadCsv,
} from '../support/new-campaign-page.ts'

/** Spoils the signature of the stored access token, as a forger would. */
async function forgeStoredToken(page: Page) {
  const forged = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) =>
      /^sb-.*-auth-token$/.test(name),
    )
    if (!key) return false
    const session = JSON.parse(localStorage.getItem(key) ?? '{}')
    const [header, payload] = String(session.access_token).split('.')
    session.access_token = `${header}.${payload}.${'x'.repeat(43)}`
    localStorage.setItem(key, JSON.stringify(session))
    return true
  })
  expect(forged).toBe(true)
}

test('a signed-out visit to the new-campaign form signs in and comes back', async ({
  page,
}) => {
  await page.goto('/batch-calls/new')
  await expect(page).toHaveURL(/\/sign-in\?redirect=/)

  await page.getByLabel('Email').fill('member@acme.test')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page).toHaveURL(/\/batch-calls\/new$/)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('a wrong password says so and keeps the email', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('member@acme.test')
  await page.getByLabel('Password').fill('wrong-password')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByRole('alert')).toContainText('do not match')
  await expect(page.getByLabel('Email')).toHaveValue('member@acme.test')
})

test('signing out returns to the sign-in page', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill('member@globex.test')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()

  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/batch-calls')
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fbatch-calls/)
})

test('a session the API refuses sends the person to sign in and keeps the form', async ({
  page,
}) => {
  const name = `Session ended ${randomUUID().slice(0, 8)}`
  await openNewCampaign(page, ACME_MEMBER)
  await fillCaller(
    page,
    name,
    'Appointment reminders',
    'Acme main line (+12025550100)',
  )
  await uploadCsv(page, 'seed.csv', 'phone_number\n+12025550101\n+12025550102\n')
  await expect(callableHeading(page)).toHaveText('2 numbers will be called')

  await forgeStoredToken(page)
  await page.getByRole('button', { name: 'Start campaign' }).click()
  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fbatch-calls%2Fnew$/)
  expect(await campaignNamed(name)).toBeNull()

  await page.getByLabel('Email').fill(ACME_MEMBER)
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/batch-calls\/new$/)
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name)
  await expect(callableHeading(page)).toHaveText('2 numbers will be called')
})
