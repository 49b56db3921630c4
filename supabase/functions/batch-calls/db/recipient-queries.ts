import type { Tx } from './user-transaction.ts'

export type RecipientRow = {
  id: string
  phone_number: string
  status: string
  variables: Record<string, string | number | boolean>
  conversation_id: string | null
  updated_at: Date
}

export async function listRecipients(
  tx: Tx,
  campaignId: string,
  filter: { status?: string; limit: number; offset: number },
) {
  const byStatus = filter.status ? tx`and status = ${filter.status}` : tx``
  const [items, [{ total }]] = await Promise.all([
    tx<RecipientRow[]>`
      select id, phone_number, status, variables, conversation_id, updated_at
      from public.campaign_recipients
      where campaign_id = ${campaignId} ${byStatus}
      order by position
      limit ${filter.limit} offset ${filter.offset}
    `,
    tx<{ total: number }[]>`
      select count(*)::int as total from public.campaign_recipients
      where campaign_id = ${campaignId} ${byStatus}
    `,
  ])
  return { items, total }
}

export function allRecipients(tx: Tx, campaignId: string) {
  return tx<RecipientRow[]>`
    select id, phone_number, status, variables, conversation_id, updated_at
    from public.campaign_recipients
    where campaign_id = ${campaignId}
    order by position
  `
}
