import { z } from 'zod'
import { isDialableE164 } from '../phone/is-dialable-e164.ts'
import { wallTimeToUtc } from '../schedule/wall-time-to-utc.ts'
import { MAX_CAMPAIGN_NAME_LENGTH, MAX_RECIPIENTS } from './limits.ts'
import { withoutNulCharacter } from './nul-character.ts'
import { variablesSchema } from './variables.ts'

/**
 * A start time as a person picks it. The shape check includes the zone and the
 * DST gap; whether it is already past depends on `now`, so the handler calls
 * `resolveSchedule` after parsing.
 */
export const scheduleSchema = z
  .object({ local: z.string(), time_zone: z.string() })
  .superRefine((schedule, ctx) => {
    const result = wallTimeToUtc(schedule.local, schedule.time_zone)
    if (result.ok) return
    ctx.addIssue({
      code: 'custom',
      path: [result.code === 'unknown_time_zone' ? 'time_zone' : 'local'],
      message: result.message,
      params: { code: result.code },
    })
  })

export type Schedule = z.infer<typeof scheduleSchema>

export const recipientInputSchema = z.object({
  phone_number: z.string().refine(isDialableE164, {
    error: 'The phone number must be a valid number in E.164, like +12025550156.',
    params: { code: 'invalid_phone_number' },
  }),
  variables: variablesSchema.optional(),
})

export type RecipientInput = z.infer<typeof recipientInputSchema>

// String.prototype.trim keeps zero-width characters, so a name of only
// U+200B would look blank yet count as one character.
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g

/** The name as stored: without Unicode spaces or zero-width characters at its ends. */
export function trimCampaignName(name: string): string {
  return name.replace(EDGE_SPACE, '')
}

const campaignNameSchema = withoutNulCharacter(
  z
    .string()
    .overwrite(trimCampaignName)
    .min(1, { error: 'Give the campaign a name.' })
    .refine((name) => [...name].length <= MAX_CAMPAIGN_NAME_LENGTH, {
      error: `The name can have at most ${MAX_CAMPAIGN_NAME_LENGTH} characters.`,
      params: { code: 'too_big' },
    }),
)

// The count is checked before any element, so an oversized body costs little.
const recipientListSchema = z
  .array(z.unknown())
  .min(1, { error: 'Add at least one recipient.' })
  .max(MAX_RECIPIENTS, {
    error: `A campaign can call at most ${MAX_RECIPIENTS.toLocaleString('en-US')} numbers.`,
  })
  .pipe(z.array(recipientInputSchema))
  .superRefine((recipients, ctx) => {
    const firstIndex = new Map<string, number>()
    recipients.forEach((recipient, index) => {
      const first = firstIndex.get(recipient.phone_number)
      if (first === undefined) {
        firstIndex.set(recipient.phone_number, index)
        return
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, 'phone_number'],
        message: `${recipient.phone_number} is already recipient ${first}.`,
        params: { code: 'duplicate_phone_number' },
      })
    })
  })

/** `POST /batch-calls`: the server re-checks everything the browser checked. */
export const createCampaignBodySchema = z.object({
  name: campaignNameSchema,
  agent_id: withoutNulCharacter(z.string().min(1, { error: 'Choose an agent.' })),
  phone_number_id: withoutNulCharacter(
    z.string().min(1, { error: 'Choose a number to call from.' }),
  ),
  schedule: scheduleSchema.nullable(),
  recipients: recipientListSchema,
})

export type CreateCampaignBody = z.infer<typeof createCampaignBodySchema>
