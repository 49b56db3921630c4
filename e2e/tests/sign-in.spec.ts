import { expect, test } from '@playwright/test'

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
