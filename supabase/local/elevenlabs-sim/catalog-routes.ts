import type { ApiHandler } from './api-types.ts'
import {
  toAgentDetail,
  toAgentSummary,
  toPhoneNumberResponse,
} from './catalog-wire.ts'
import { detailError, validationError } from './errors.ts'
import { enumQuery, integerQuery } from './query-params.ts'
import { findAgent, findPhoneNumber } from './seed.ts'

export const listAgents: ApiHandler = async (context, request) => {
  const { query } = request
  const pageSize = integerQuery(query, 'page_size', 30, { min: 1, max: 100 })
  const direction = enumQuery(query, 'sort_direction', ['asc', 'desc']) ?? 'desc'
  const sortBy = enumQuery(query, 'sort_by', ['name', 'created_at', 'call_count_7d'])
  const archived = query.get('archived') === 'true'
  const search = query.get('search')?.toLowerCase() ?? ''
  const offset = agentCursorOffset(query.get('cursor'))

  const sign = direction === 'asc' ? 1 : -1
  const matching = context.seed.agents
    .filter((agent) => (agent.archived ?? false) === archived)
    .filter((agent) => agent.name.toLowerCase().includes(search))
    .sort((left, right) =>
      sortBy === 'name'
        ? sign * left.name.localeCompare(right.name)
        : sign * (left.created_at_unix_secs - right.created_at_unix_secs),
    )
  const page = matching.slice(offset, offset + pageSize)
  const hasMore = matching.length > offset + pageSize

  return {
    status: 200,
    body: {
      agents: page.map(toAgentSummary),
      next_cursor: hasMore ? String(offset + pageSize) : null,
      has_more: hasMore,
    },
  }
}

function agentCursorOffset(cursor: string | null): number {
  if (cursor === null || cursor === '') return 0
  if (/^\d+$/.test(cursor)) return Number(cursor)
  throw validationError([
    {
      type: 'value_error',
      loc: ['query', 'cursor'],
      msg: 'Value error, cursor is not one this server issued',
      input: cursor,
    },
  ])
}

export const getAgent: ApiHandler = async (context, request) => {
  const agent = findAgent(context.seed, request.param)
  if (!agent) throw detailError('agent_not_found')
  return { status: 200, body: toAgentDetail(context.seed, agent) }
}

export const listPhoneNumbers: ApiHandler = async (context, request) => {
  const { query } = request
  const provider = enumQuery(query, 'provider', ['twilio', 'sip_trunk', 'exotel'])
  const agentId = query.get('agent_id')
  // Seeded numbers are assigned to no branch, so any branch filter matches none.
  const branchId = query.get('branch_id')

  const numbers = context.seed.phone_numbers
    .filter((number) => !provider || number.provider === provider)
    .filter((number) => !agentId || number.assigned_agent_id === agentId)
    .filter(() => !branchId)
  return {
    status: 200,
    body: numbers.map((number) => toPhoneNumberResponse(context.seed, number)),
  }
}

export const getPhoneNumber: ApiHandler = async (context, request) => {
  const number = findPhoneNumber(context.seed, request.param)
  if (!number) throw detailError('phone_number_not_found')
  return { status: 200, body: toPhoneNumberResponse(context.seed, number) }
}
