import type {
  CampaignStatus,
  RecipientStatus,
} from '../../../../supabase/functions/_shared/wire/statuses.ts'

export type CampaignListParams = {
  q: string
  status?: CampaignStatus
  page: number
}

export type RecipientListParams = { status?: RecipientStatus; page: number }

/** Query keys; everything about one campaign sits under its detail key. */
export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (params: CampaignListParams) =>
    [...campaignKeys.all, 'list', params] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
  recipients: (id: string, params: RecipientListParams) =>
    [...campaignKeys.detail(id), 'recipients', params] as const,
  events: (id: string) => [...campaignKeys.detail(id), 'events'] as const,
}

/** `?a=1&b=x` from the parameters that are set; defaults are left out. */
export function toQueryString(params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
