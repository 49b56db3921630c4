import { MantineProvider } from '@mantine/core'
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { readRecipientFile } from '../../../../supabase/functions/_shared/recipients/read-recipient-file.ts'
import { readTypedNumbers } from '../../../../supabase/functions/_shared/recipients/read-typed-numbers.ts'
import { ApiRequestError, apiRequest } from '../../lib/api.ts'
import type { RecipientReadRequest } from '../../lib/read-recipients.ts'
import { toFormResult } from '../../lib/recipient-form-result.ts'
import { render } from '../../test/render.tsx'
import { theme } from '../../theme.ts'
import { NewCampaignForm } from './NewCampaignForm.tsx'
import { agents, campaign, fakeApi, terms } from './new-campaign-form-fakes.ts'

vi.mock('../../lib/supabase.ts', () => ({ supabase: {} }))
vi.mock('../../lib/api.ts', async (original) => ({
  ...(await original<typeof import('../../lib/api.ts')>()),
  apiRequest: vi.fn(),
}))
vi.mock('../../lib/file-store.ts', () => ({
  saveFile: async () => {},
  loadFile: async () => null,
  deleteFile: async () => {},
}))
vi.mock('../../lib/read-recipients.ts', () => ({
  readRecipients: async (request: RecipientReadRequest) =>
    toFormResult(
      request.kind === 'file'
        ? readRecipientFile(request.bytes)
        : readTypedNumbers(request.text),
    ),
}))

// jsdom has no layout: Mantine's combobox scrolls options into view and
// autosizing textareas listen for web fonts.
Element.prototype.scrollIntoView ??= () => {}
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {} },
  })
}

// The zone and country lists put ~700 options in the page; checking each
// element's visibility made every query take seconds.
configure({ defaultHidden: true })

const api = vi.mocked(apiRequest)
const createCalls = () => api.mock.calls.filter(([path]) => path === '')
const keyOf = (index: number) =>
  (createCalls()[index][1]?.headers as Record<string, string> | undefined)?.[
    'Idempotency-Key'
  ]

beforeEach(() => {
  api.mockReset()
  api.mockImplementation(fakeApi({}))
})
afterEach(() => localStorage.clear())

/** `env="test"` renders dropdowns without transitions or portals. */
function form(onCreated = vi.fn()) {
  return (
    <MantineProvider theme={theme} env="test">
      <NewCampaignForm agents={agents} draftKey="draft:test" onCreated={onCreated} />
    </MantineProvider>
  )
}

async function renderForm(onCreated = vi.fn()) {
  await render(form(onCreated))
  return onCreated
}

type User = ReturnType<typeof userEvent.setup>

function optionsOf(label: string) {
  const input = screen.getByLabelText(label, { selector: 'input' })
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '')
  return [...(listbox?.querySelectorAll('[role="option"]') ?? [])]
}

async function choose(user: User, label: string, name: string) {
  await user.click(screen.getByLabelText(label, { selector: 'input' }))
  const option = await waitFor(() => {
    const found = optionsOf(label).find(
      (candidate) => candidate.textContent === name,
    )
    if (!found) throw new Error(`${label} offers no ${name}`)
    return found
  })
  await user.click(option)
}

async function fillIn(user: User) {
  await user.click(screen.getByLabelText('Name'))
  await user.paste('Spring')
  await choose(user, 'Agent', 'Appointment reminders')
  await user.click(screen.getByRole('tab', { name: 'Enter numbers manually' }))
  await user.click(screen.getByLabelText(/Phone numbers/, { selector: 'textarea' }))
  await user.paste('+12025550101\n+12025550102\noops')
  await screen.findByText('2 numbers will be called', {}, { timeout: 3000 })
}

// Typing into a full form in jsdom takes a few seconds per journey.
describe('NewCampaignForm', { timeout: 30_000 }, () => {
  test('offers only the numbers assigned to the chosen agent', async () => {
    const user = userEvent.setup()
    await renderForm()
    await choose(user, 'Agent', 'Customer survey')
    await user.click(screen.getByLabelText('Phone number', { selector: 'input' }))

    expect(optionsOf('Phone number').map((option) => option.textContent)).toEqual([
      'Survey line (+12025550199)',
      'London spare (+442079460000)',
    ])
  })

  test('sends the callable numbers once however often Start is clicked', async () => {
    const user = userEvent.setup()
    let finish: (value: unknown) => void = () => {}
    api.mockImplementation(
      fakeApi({ create: () => new Promise((r) => (finish = r)) }),
    )
    const onCreated = await renderForm()
    await fillIn(user)

    await user.dblClick(screen.getByRole('button', { name: 'Start campaign' }))
    finish({ campaign })

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(campaign))
    expect(createCalls()).toHaveLength(1)
    expect(createCalls()[0][1]?.body).toEqual({
      name: 'Spring',
      agent_id: 'agent_reminders',
      phone_number_id: 'pn_main',
      schedule: null,
      recipients: [
        { phone_number: '+12025550101', variables: {} },
        { phone_number: '+12025550102', variables: {} },
      ],
    })
  })

  test('repeats a failed attempt with its key and a changed form with a new one', async () => {
    const user = userEvent.setup()
    const busy = new ApiRequestError(503, 'provider_busy', 'Busy.', [], 30)
    api.mockImplementation(fakeApi({ create: () => Promise.reject(busy) }))
    await renderForm()
    await fillIn(user)
    const start = screen.getByRole('button', { name: 'Start campaign' })

    await user.click(start)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Try again in 30 seconds.',
    )
    await user.click(start)
    await waitFor(() => expect(createCalls()).toHaveLength(2))
    await user.type(screen.getByLabelText('Name'), '!')
    await user.click(start)
    await waitFor(() => expect(createCalls()).toHaveLength(3))

    expect(keyOf(1)).toBe(keyOf(0))
    expect(keyOf(2)).not.toBe(keyOf(0))
    expect(
      screen.getByLabelText(/Phone numbers/, { selector: 'textarea' }),
    ).toHaveValue('+12025550101\n+12025550102\noops')
  })

  test('asks for the terms, then starts the campaign without anything re-entered', async () => {
    const user = userEvent.setup()
    api.mockImplementation(fakeApi({ terms: terms(false) }))
    const onCreated = await renderForm()
    await fillIn(user)

    await user.click(screen.getByRole('button', { name: 'Start campaign' }))
    const dialog = await screen.findByRole('dialog', { name: 'Batch calling terms' })
    expect(createCalls()).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'I accept' }))

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(campaign))
    expect(api).toHaveBeenCalledWith(
      '/terms',
      expect.objectContaining({ body: { version: 1 } }),
    )
  })

  test('a refusal for unaccepted terms opens the dialog and continues after it', async () => {
    const user = userEvent.setup()
    const refusal = new ApiRequestError(
      403,
      'batch_calling_agreement_required',
      'Terms.',
    )
    let first = true
    api.mockImplementation(
      fakeApi({
        create: async () => {
          if (!first) return { campaign }
          first = false
          throw refusal
        },
      }),
    )
    const onCreated = await renderForm()
    await fillIn(user)

    await user.click(screen.getByRole('button', { name: 'Start campaign' }))
    const dialog = await screen.findByRole('dialog', { name: 'Batch calling terms' })
    await user.click(within(dialog).getByRole('button', { name: 'I accept' }))

    await waitFor(() => expect(onCreated).toHaveBeenCalled())
    expect(createCalls()[1][1]?.body).toEqual(createCalls()[0][1]?.body)
  })

  test('shows the server’s complaints on the fields they name', async () => {
    const user = userEvent.setup()
    const invalid = new ApiRequestError(400, 'invalid_request', 'Check.', [
      { path: 'name', code: 'too_big', message: 'The name is too long.' },
    ])
    api.mockImplementation(fakeApi({ create: () => Promise.reject(invalid) }))
    await renderForm()
    await fillIn(user)

    await user.click(screen.getByRole('button', { name: 'Start campaign' }))
    expect(await screen.findByText('The name is too long.')).toBeVisible()
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')
  })

  test('refuses a start time the clocks skip before sending anything', async () => {
    const user = userEvent.setup()
    await renderForm()
    await fillIn(user)
    await user.click(screen.getByLabelText('Scheduled time'))
    await user.paste('2030-03-10 02:30')
    await choose(user, 'Timezone', 'America/New_York')

    await user.click(screen.getByRole('button', { name: 'Start campaign' }))
    expect(screen.getByText(/does not exist in America\/New_York/)).toBeVisible()
    expect(createCalls()).toHaveLength(0)
  })

  test('keeps what was entered across a reload', async () => {
    const user = userEvent.setup()
    const first = await render(form())
    await user.click(screen.getByLabelText('Name'))
    await user.paste('Kept')
    first.unmount()

    await renderForm()
    expect(screen.getByLabelText('Name')).toHaveValue('Kept')
  })
})
