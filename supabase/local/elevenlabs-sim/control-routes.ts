import type { IncomingMessage, ServerResponse } from 'node:http'
import { toBatchDetailedResponse } from './batch-wire.ts'
import type { SimContext } from './context.ts'
import { faultKinds, isFaultKind, isRouteId, routeIds } from './faults.ts'
import { isObject } from './field-checks.ts'
import type { HeldRequests } from './held-requests.ts'
import { readBody, sendJson } from './http-io.ts'

export const controlPrefix = '/__sim/'

class ControlError extends Error {}

/** The test-only API under /__sim/; errors use the app's `{ error }` shape. */
export async function handleControlRequest(
  context: SimContext,
  held: HeldRequests,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) {
  const route = `${request.method} ${url.pathname.slice(controlPrefix.length)}`
  try {
    const body = await readControlBody(request)
    const result = runControl(context, held, route, body)
    if (result === undefined) {
      return sendJson(response, 404, {
        error: {
          code: 'unknown_control_route',
          message: `No control route ${route}`,
        },
      })
    }
    sendJson(response, 200, result)
  } catch (error) {
    if (!(error instanceof ControlError)) throw error
    sendJson(response, 400, {
      error: { code: 'invalid_control_request', message: error.message },
    })
  }
}

function runControl(
  context: SimContext,
  held: HeldRequests,
  route: string,
  body: Record<string, unknown>,
): unknown {
  if (route === 'GET state') return describeState(context, held)
  if (route === 'POST reset') {
    context.reset()
    return describeState(context, held)
  }
  if (route === 'POST clock/advance') {
    context.advanceClock(requireInteger(body.seconds, 'seconds', 0))
    return { now_unix: context.now() }
  }
  if (route === 'POST steps') {
    const count = requireInteger(body.count, 'count', 0)
    context.runSteps(count)
    return { steps_run: count, now_unix: context.now() }
  }
  if (route === 'POST faults') return planFault(context, body)
  if (route === 'DELETE faults') {
    context.faults.clear()
    return { faults: [] }
  }
  if (route === 'PUT recipient-ids') {
    context.dropRecipientIds = requireBoolean(body.drop, 'drop')
    return { drop_recipient_ids: context.dropRecipientIds }
  }
  const agent = /^PUT agents\/(.+)$/.exec(route)
  if (agent) return registerAgent(context, decodeURIComponent(agent[1] ?? ''), body)
  const agreement = /^PUT agreements\/(.+)$/.exec(route)
  if (agreement) {
    const apiKey = decodeURIComponent(agreement[1] ?? '')
    context.state.agreements[apiKey] = requireBoolean(body.accepted, 'accepted')
    context.markChanged()
    return { api_key: apiKey, agreement_accepted: context.state.agreements[apiKey] }
  }
  return undefined
}

function planFault(context: SimContext, body: Record<string, unknown>) {
  const { route, kind } = body
  if (route !== '*' && !isRouteId(route)) {
    throw new ControlError(`route must be '*' or one of ${routeIds.join(', ')}`)
  }
  if (!isFaultKind(kind)) {
    throw new ControlError(`kind must be one of ${faultKinds.join(', ')}`)
  }
  const count = body.count === undefined ? 1 : requireInteger(body.count, 'count', 1)
  context.faults.add(route, kind, count)
  return { faults: context.faults.list() }
}

// Tests give each customer an agent of its own; our database keys agents by
// the ElevenLabs id, so the seeded ones can belong to one customer only.
function registerAgent(
  context: SimContext,
  agentId: string,
  body: Record<string, unknown>,
) {
  const name = requireString(body.name, 'name')
  const numbers = Array.isArray(body.phone_numbers) ? body.phone_numbers : []
  const phoneNumbers = numbers.map((number, index) => {
    if (!isObject(number)) throw new ControlError(`phone_numbers.${index}: object`)
    return {
      phone_number_id: requireString(number.phone_number_id, 'phone_number_id'),
      phone_number: requireString(number.phone_number, 'phone_number'),
      label: requireString(number.label ?? '', 'label'),
      provider: 'twilio' as const,
      assigned_agent_id: agentId,
    }
  })
  const ids = new Set(phoneNumbers.map((number) => number.phone_number_id))
  const { seed } = context
  seed.agents.splice(
    0,
    seed.agents.length,
    ...seed.agents.filter((known) => known.agent_id !== agentId),
    { agent_id: agentId, name, tags: [], created_at_unix_secs: context.now() },
  )
  seed.phone_numbers.splice(
    0,
    seed.phone_numbers.length,
    ...seed.phone_numbers.filter((known) => !ids.has(known.phone_number_id)),
    ...phoneNumbers,
  )
  return { agent_id: agentId, phone_numbers: [...ids] }
}

function describeState(context: SimContext, held: HeldRequests) {
  return {
    now_unix: context.now(),
    clock_offset_seconds: context.state.clock_offset_seconds,
    drop_recipient_ids: context.dropRecipientIds,
    agreements: context.state.agreements,
    faults: context.faults.list(),
    held_requests: held.count,
    batches: context.state.batches.map((batch) =>
      toBatchDetailedResponse(batch, context.dropRecipientIds),
    ),
  }
}

async function readControlBody(request: IncomingMessage) {
  const text = await readBody(request)
  if (text.trim() === '') return {}
  try {
    const body = JSON.parse(text)
    if (isObject(body)) return body
  } catch {
    // falls through to the error below
  }
  throw new ControlError('Body must be a JSON object')
}

function requireInteger(value: unknown, name: string, min: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min)
    return value
  throw new ControlError(`${name} must be an integer ≥ ${min}`)
}

function requireString(value: unknown, name: string): string {
  if (typeof value === 'string') return value
  throw new ControlError(`${name} must be a string`)
}

function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value
  throw new ControlError(`${name} must be true or false`)
}
