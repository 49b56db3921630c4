import { z } from 'zod'
import { recipientStatusSchema } from './statuses.ts'
import { variablesSchema } from './variables.ts'

export const recipientSchema = z.object({
  id: z.uuid(),
  phone_number: z.string(),
  status: recipientStatusSchema,
  variables: variablesSchema,
  conversation_id: z.string().nullable(),
  updated_at: z.iso.datetime(),
})

export type Recipient = z.infer<typeof recipientSchema>
