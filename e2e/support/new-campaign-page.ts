import { expect, type Page } from '@playwright/test'

export const ACME_MEMBER = 'member@acme.test'
export const GLOBEX_MEMBER = 'member@globex.test'

/** Signs in and opens an empty new-campaign form. */
export async function openNewCampaign(page: Page, email: string) {
  await page.goto('/sign-in?redirect=%2Fbatch-calls%2Fnew')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'New campaign' })).toBeVisible()
}

export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Name, agent and number: what every campaign needs besides recipients. */
export async function fillCaller(
  page: Page,
  name: string,
  agent: string,
  number: string,
) {
  await page.getByLabel('Name', { exact: true }).fill(name)
  await choose(page, 'Agent', agent)
  await expect(page.getByRole('combobox', { name: 'Phone number' })).toHaveValue(
    number,
  )
}

export function uploadCsv(page: Page, name: string, text: string | Buffer) {
  return page.getByLabel('Upload CSV').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  })
}

export const preview = (page: Page) =>
  page.getByRole('region', { name: 'Recipient preview' })

/** "3 numbers will be called" */
export const callableHeading = (page: Page) =>
  preview(page).getByRole('heading', { name: /will be called$/ })
