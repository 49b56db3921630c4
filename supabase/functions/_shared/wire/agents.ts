import { z } from 'zod'
import { callerNumberSchema } from './campaign.ts'

export const agentSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  phone_numbers: z.array(callerNumberSchema),
})

export type Agent = z.infer<typeof agentSchema>

export const agentsResponseSchema = z.object({ agents: z.array(agentSchema) })

export type AgentsResponse = z.infer<typeof agentsResponseSchema>
