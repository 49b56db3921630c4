import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { adminSql } from './db.ts'
import { env } from './env.ts'

export const DEMO_PASSWORD = 'demo-password'

export type Member = { email: string; customerId: string }

/** Signs a new person up through the Auth API; sign-up gives them a customer. */
export async function signUpMember(prefix = 'e2e'): Promise<Member> {
  const email = `${prefix}-${randomUUID()}@example.test`
  const response = await fetch(`${env('E2E_API_URL')}/auth/v1/signup`, {
    method: 'POST',
    headers: {
      apikey: env('E2E_PUBLISHABLE_KEY'),
      'content-type': 'application/json',
    },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (!response.ok) throw new Error(`sign-up answered ${response.status}`)

  const [row] = await adminSql()<{ customer_id: string }[]>`
    select m.customer_id from public.customer_members m
    join auth.users u on u.id = m.user_id
    where u.email = ${email}`
  return { email, customerId: row.customer_id }
}

/** The seeded demo members and their customers. */
export const acme: Member = {
  email: 'member@acme.test',
  customerId: '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01',
}
export const globex: Member = {
  email: 'member@globex.test',
  customerId: '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502',
}

/** Signs in through the sign-in page and waits for the campaign list. */
export async function signIn(page: Page, member: Pick<Member, 'email'>, path = '/') {
  await page.goto(`/sign-in?redirect=${encodeURIComponent(path)}`)
  await page.getByLabel('Email').fill(member.email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Sign out' }).waitFor()
}
