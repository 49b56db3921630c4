import { expect, test } from '@playwright/test'

test('an unknown address says so and leads back to the campaigns', async ({
  page,
}) => {
  const missing: string[] = []
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url())
  })

  await page.goto('/nowhere')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByText('/nowhere')).toBeVisible()
  await page.getByRole('link', { name: 'Go to campaigns' }).click()

  await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fbatch-calls$/)
  expect(missing).toEqual([])
})

test('the site has an icon, so no page asks for one in vain', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
    'href',
    '/favicon.svg',
  )

  const icon = await page.request.get('/favicon.svg')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  expect(await icon.text()).toContain('<svg')
})
