import { CAMPAIGN_STATUSES } from '../../_shared/wire/statuses.ts'
import { toCampaignJson } from '../campaign-json.ts'
import { listCampaigns } from '../db/campaign-queries.ts'
import {
  invalidRequest,
  isDetail,
  pageCount,
  readChoice,
  readNamePattern,
  readPage,
} from '../query-params.ts'
import type { RouteContext } from '../route-context.ts'

const PAGE_SIZE = 12

/** `GET /batch-calls?q=&status=&page=`: newest first, 12 a page. */
export async function listCampaignsHandler({
  url,
  tx,
  user,
  customerId,
}: RouteContext) {
  const page = readPage(url.searchParams)
  const status = readChoice(url.searchParams, 'status', CAMPAIGN_STATUSES)
  const namePattern = readNamePattern(url.searchParams)
  const problems = [page, status, namePattern].filter(isDetail)
  if (problems.length > 0 || isDetail(page)) throw invalidRequest(problems)

  const { items, total } = await listCampaigns(
    tx,
    {
      userId: user.id,
      customerId,
      status: status as string | undefined,
      namePattern: namePattern as string | undefined,
    },
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  )
  return Response.json({
    items: items.map(toCampaignJson),
    total,
    page,
    page_size: PAGE_SIZE,
    page_count: pageCount(total, PAGE_SIZE),
  })
}
