import { screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { makeRecipient } from '../../test/campaign-fixtures.ts'
import { render } from '../../test/render.tsx'
import { RecipientList } from './RecipientList.tsx'

const page = (items: ReturnType<typeof makeRecipient>[], total = items.length) => ({
  items,
  total,
  page: 1,
  page_size: 50 as const,
  page_count: Math.max(1, Math.ceil(total / 50)),
})

describe('RecipientList', () => {
  test('shows each recipient with status, variables and conversation', async () => {
    const recipient = makeRecipient({
      phone_number: '+12025550101',
      status: 'voicemail',
      variables: { first_name: 'Alice', balance: '12,50' },
      conversation_id: 'conv_abc',
    })
    await render(
      <RecipientList
        data={page([recipient])}
        error={null}
        status={undefined}
        onStatusChange={vi.fn()}
        onPageChange={vi.fn()}
      />,
    )

    const row = within(screen.getByRole('table', { name: 'Recipients' }))
      .getAllByRole('row')
      .at(1) as HTMLElement
    expect(row).toHaveTextContent('+12025550101')
    expect(row).toHaveTextContent('Voicemail')
    expect(row).toHaveTextContent('first_name: Alice, balance: 12,50')
    expect(row).toHaveTextContent('conv_abc')
  })

  test('filters by status and pages through 50 at a time', async () => {
    const onStatusChange = vi.fn()
    const onPageChange = vi.fn()
    const { user } = await render(
      <RecipientList
        data={page([makeRecipient()], 120)}
        error={null}
        status={undefined}
        onStatusChange={onStatusChange}
        onPageChange={onPageChange}
      />,
    )

    await user.selectOptions(screen.getByLabelText('Recipient status'), 'Failed')
    expect(onStatusChange).toHaveBeenCalledWith('failed')
    expect(screen.getByText('1–50 of 120 recipients')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Page 3' }))
    expect(onPageChange).toHaveBeenCalledWith(3)
  })

  test('says so when no recipient has the chosen status', async () => {
    await render(
      <RecipientList
        data={page([])}
        error={null}
        status="failed"
        onStatusChange={vi.fn()}
        onPageChange={vi.fn()}
      />,
    )
    expect(screen.getByText('No recipient has this status.')).toBeInTheDocument()
  })
})
