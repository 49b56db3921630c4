import { listAgents } from '../db/agent-queries.ts'
import type { RouteContext } from '../route-context.ts'

/** `GET /batch-calls/agents`: the customer's agents and their numbers. */
export async function listAgentsHandler({ tx }: RouteContext) {
  const agents = await listAgents(tx)
  return Response.json({ agents })
}
