import { notFound } from '../../_shared/http/errors.ts'
import { campaignIsVisible } from '../db/campaign-queries.ts'
import { allRecipients } from '../db/recipient-queries.ts'
import { recipientsCsv } from '../recipients-csv.ts'
import type { RouteContext } from '../route-context.ts'

/** `GET /batch-calls/:id/recipients.csv`: every recipient, as a download. */
export async function exportRecipientsCsv({ params, tx }: RouteContext) {
  if (!(await campaignIsVisible(tx, params.id))) throw notFound()
  const rows = await allRecipients(tx, params.id)
  return new Response(recipientsCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="campaign-${params.id}-recipients.csv"`,
    },
  })
}
