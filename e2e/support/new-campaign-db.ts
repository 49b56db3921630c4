import postgres from 'postgres'

export const ACME_ID = '2f0c6a4e-8b1d-4c7a-9e3f-5a6b7c8d9e01'
export const GLOBEX_ID = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e502'

let sql: postgres.Sql | undefined

/** Superuser SQL on the test stack, for fixtures and checks outside the page. */
export function adminDb(): postgres.Sql {
  const url = process.env.E2E_ADMIN_DB_URL
  if (!url)
    throw new Error('E2E_ADMIN_DB_URL is not set: run through playwright.config.ts')
  sql ??= postgres(url, { max: 1, onnotice: () => {} })
  return sql
}

export async function campaignNamed(name: string) {
  const [row] = await adminDb()<
    { id: string; status: string; recipients: number }[]
  >`
    select c.id, c.status, (
      select count(*)::int from public.campaign_recipients r where r.campaign_id = c.id
    ) as recipients
    from public.campaigns c where c.name = ${name}`
  return row ?? null
}

export async function recipientVariables(campaignId: string) {
  return adminDb()<{ phone_number: string; variables: Record<string, string> }[]>`
    select phone_number, variables from public.campaign_recipients
    where campaign_id = ${campaignId} order by phone_number`
}

/** Takes back a customer's acceptance of the terms, as if it never happened. */
export async function withdrawTerms(customerId: string) {
  await adminDb()`delete from public.terms_acceptances where customer_id = ${customerId}`
}

/** Sets the customer's monthly limit to what it has used; returns the limit. */
export async function useUpQuota(customerId: string): Promise<number> {
  const [row] = await adminDb()<{ used: number }[]>`
    update public.customers set campaign_limit_override = (
      select count(*) from public.campaigns
      where customer_id = ${customerId} and counts_toward_quota
        and created_at >= date_trunc('month', now() at time zone 'utc') at time zone 'utc'
    )
    where id = ${customerId}
    returning campaign_limit_override as used`
  return row.used
}

export async function restoreQuota(customerId: string) {
  await adminDb()`
    update public.customers set campaign_limit_override = null where id = ${customerId}`
}

/** Records the current terms as accepted for the customer, if they are not. */
export async function acceptTerms(customerId: string, email: string) {
  await adminDb()`
    insert into public.terms_acceptances (customer_id, version, user_id, accepted_by_email)
    select ${customerId}, max(v.version), u.id, u.email
    from public.terms_versions v, auth.users u where u.email = ${email}
    group by u.id, u.email
    on conflict do nothing`
}
