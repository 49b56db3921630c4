import { notFound } from '../../_shared/http/errors.ts'
import { RECIPIENT_STATUSES } from '../../_shared/wire/statuses.ts'
import { campaignIsVisible } from '../db/campaign-queries.ts'
import { listRecipients } from '../db/recipient-queries.ts'
import {
  invalidRequest,
  isDetail,
  pageCount,
  readChoice,
  readPage,
} from '../query-params.ts'
import type { RouteContext } from '../route-context.ts'

const PAGE_SIZE = 50

/** `GET /batch-calls/:id/recipients?status=&page=`, in submitted order. */
export async function listRecipientsHandler({ url, params, tx }: RouteContext) {
  const page = readPage(url.searchParams)
  const status = readChoice(url.searchParams, 'status', RECIPIENT_STATUSES)
  const problems = [page, status].filter(isDetail)
  if (problems.length > 0 || isDetail(page)) throw invalidRequest(problems)
  if (!(await campaignIsVisible(tx, params.id))) throw notFound()

  const { items, total } = await listRecipients(tx, params.id, {
    status: status as string | undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })
  return Response.json({
    items: items.map((row) => ({
      id: row.id,
      phone_number: row.phone_number,
      status: row.status,
      variables: row.variables,
      conversation_id: row.conversation_id,
      updated_at: row.updated_at.toISOString(),
    })),
    total,
    page,
    page_size: PAGE_SIZE,
    page_count: pageCount(total, PAGE_SIZE),
  })
}
