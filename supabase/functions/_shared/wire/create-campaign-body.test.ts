import { describe, expect, it } from 'vitest'
import { createCampaignBodySchema } from './create-campaign-body.ts'
import { isVariableName } from './variables.ts'
import { zodErrorDetails } from './zod-error-details.ts'

const validBody = {
  name: '  Spring reminders  ',
  agent_id: 'agent_123',
  phone_number_id: 'phnum_456',
  schedule: { local: '2026-11-01T01:30', time_zone: 'America/New_York' },
  recipients: [
    { phone_number: '+12025550143', variables: { first_name: 'Alex', visits: 3 } },
    { phone_number: '+442079460123', variables: { vip: true, _note: '' } },
    { phone_number: '+12025550144' },
  ],
}

function detailsFor(body: unknown) {
  const result = createCampaignBodySchema.safeParse(body)
  if (result.success) return []
  return zodErrorDetails(result.error)
}

describe('createCampaignBodySchema', () => {
  it('accepts a valid body and trims the name', () => {
    const parsed = createCampaignBodySchema.parse(validBody)
    expect(parsed.name).toBe('Spring reminders')
    expect(parsed.recipients[0].variables).toEqual({ first_name: 'Alex', visits: 3 })
  })

  it.each([['\u00a0\u200b'], ['\u200c\u200d\u2060\ufeff'], ['\u3000\u2028']])(
    'refuses the blank-looking name %j',
    (name) => {
      expect(detailsFor({ ...validBody, name })).toMatchObject([
        { path: 'name', code: 'too_small' },
      ])
    },
  )

  it('trims zero-width characters from the ends of a name, not the middle', () => {
    const parsed = createCampaignBodySchema.parse({
      ...validBody,
      name: '\u200bSpring\u200dsale\ufeff\u00a0',
    })
    expect(parsed.name).toBe('Spring\u200dsale')
  })

  it('accepts a start-now body with schedule null', () => {
    expect(
      createCampaignBodySchema.parse({ ...validBody, schedule: null }).schedule,
    ).toBeNull()
  })

  it.each([
    ['   ', 'name'],
    ['x'.repeat(101), 'name'],
  ])('refuses the name %j', (name, path) => {
    expect(detailsFor({ ...validBody, name })).toMatchObject([{ path }])
  })

  it('counts name length in characters, so 100 emoji fit', () => {
    expect(
      createCampaignBodySchema.safeParse({ ...validBody, name: '📞'.repeat(100) }),
    ).toMatchObject({ success: true })
  })

  it('refuses an empty recipient list and one over 10,000', () => {
    expect(detailsFor({ ...validBody, recipients: [] })).toMatchObject([
      { path: 'recipients', code: 'too_small' },
    ])
    const many = Array.from({ length: 10_001 }, () => ({
      phone_number: '+12025550143',
    }))
    expect(detailsFor({ ...validBody, recipients: many })).toMatchObject([
      { path: 'recipients', code: 'too_big' },
    ])
  })

  it('accepts exactly 10,000 distinct recipients', () => {
    const recipients = Array.from({ length: 10_000 }, (_, i) => ({
      phone_number: `+1202555${String(i).padStart(4, '0')}`,
    }))
    const result = createCampaignBodySchema.safeParse({ ...validBody, recipients })
    expect(result.success).toBe(true)
  })

  it.each([
    '+1 202 555 0143',
    '12025550143',
    '+1202555014',
    '+12025550143;ext=12',
    '+120255501430000000',
    '',
  ])('refuses the phone number %j as not dialable E.164', (phone_number) => {
    const recipients = [validBody.recipients[0], { phone_number }]
    expect(detailsFor({ ...validBody, recipients })).toEqual([
      {
        path: 'recipients.1.phone_number',
        code: 'invalid_phone_number',
        message: expect.stringContaining('E.164'),
      },
    ])
  })

  it('names the row of a duplicate number and the recipient it repeats', () => {
    const recipients = [
      { phone_number: '+12025550143' },
      { phone_number: '+12025550144' },
      { phone_number: '+12025550145' },
      { phone_number: '+12025550143' },
    ]
    expect(detailsFor({ ...validBody, recipients })).toEqual([
      {
        path: 'recipients.3.phone_number',
        code: 'duplicate_phone_number',
        message: '+12025550143 is already recipient 0.',
      },
    ])
  })

  it.each([
    ['First_Name', 'invalid_variable_name'],
    ['1st', 'invalid_variable_name'],
    ['first-name', 'invalid_variable_name'],
    ['system__caller_id', 'reserved_variable_name'],
  ])('refuses the variable name %j with %s', (name, code) => {
    const recipients = [{ phone_number: '+12025550143', variables: { [name]: 'x' } }]
    expect(detailsFor({ ...validBody, recipients })).toEqual([
      {
        path: `recipients.0.variables.${name}`,
        code,
        message: expect.stringContaining(name),
      },
    ])
  })

  it.each([
    ['name', { name: 'Spring\u0000' }],
    ['agent_id', { agent_id: 'agent\u0000' }],
    ['phone_number_id', { phone_number_id: '\u0000' }],
    [
      'recipients.0.variables.first_name',
      {
        recipients: [
          { phone_number: '+12025550143', variables: { first_name: 'A\u0000' } },
        ],
      },
    ],
  ])('refuses a NUL character in %s', (path, change) => {
    expect(detailsFor({ ...validBody, ...change })).toEqual([
      { path, code: 'nul_character', message: expect.stringContaining('U+0000') },
    ])
  })

  it('takes a 1,000-character variable and refuses 1,001 as variable_too_long', () => {
    const withNote = (note: string) => ({
      ...validBody,
      recipients: [{ phone_number: '+12025550143', variables: { note } }],
    })
    expect(detailsFor(withNote('é'.repeat(1000)))).toEqual([])
    expect(detailsFor(withNote('x'.repeat(1001)))).toEqual([
      {
        path: 'recipients.0.variables.note',
        code: 'variable_too_long',
        message: expect.stringContaining('1,000'),
      },
    ])
  })

  it('refuses a __proto__ variable as JSON.parse delivers it', () => {
    const recipients = JSON.parse(
      '[{"phone_number": "+12025550143", "variables": {"__proto__": "x"}}]',
    )
    expect(detailsFor({ ...validBody, recipients })).toEqual([
      {
        path: 'recipients.0.variables.__proto__',
        code: 'reserved_variable_name',
        message: expect.stringContaining('__proto__'),
      },
    ])
  })

  it('says __proto__ is not a variable name', () => {
    expect(isVariableName('__proto__')).toBe(false)
    expect(isVariableName('__proto')).toBe(true)
  })

  it.each([[null], [[1]], [{ a: 1 }], [Number.POSITIVE_INFINITY]])(
    'refuses the variable value %j',
    (value) => {
      const recipients = [{ phone_number: '+12025550143', variables: { x: value } }]
      expect(detailsFor({ ...validBody, recipients })).toMatchObject([
        { path: 'recipients.0.variables.x', message: expect.stringMatching(/text/) },
      ])
    },
  )

  it.each([
    [
      { local: '2026-03-08T02:30', time_zone: 'America/New_York' },
      'schedule.local',
      'schedule_nonexistent_time',
    ],
    [
      { local: '2026-07-01T09:00', time_zone: 'Moon/Base' },
      'schedule.time_zone',
      'unknown_time_zone',
    ],
    [
      { local: '2026-07-01 09:00', time_zone: 'UTC' },
      'schedule.local',
      'invalid_local_time',
    ],
  ])('refuses the schedule %j with a detail code', (schedule, path, code) => {
    expect(detailsFor({ ...validBody, schedule })).toMatchObject([{ path, code }])
  })

  it('requires the agent and the caller number', () => {
    const { agent_id: _a, ...noAgent } = validBody
    expect(
      detailsFor({ ...noAgent, phone_number_id: '' }).map((d) => d.path),
    ).toEqual(['agent_id', 'phone_number_id'])
  })
})
