import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { readRecipientFile } from '../../../../supabase/functions/_shared/recipients/read-recipient-file.ts'
import { readTypedNumbers as readTyped } from '../../../../supabase/functions/_shared/recipients/read-typed-numbers.ts'
import { toFormResult } from '../../lib/recipient-form-result.ts'
import { render } from '../../test/render.tsx'
import { RecipientPreview } from './RecipientPreview.tsx'

// The form shows what the worker posts: the read, made compact.
const fixture = (name: string) =>
  toFormResult(
    readRecipientFile(
      readFileSync(join(process.cwd(), 'fixtures/recipient-files', name)),
    ),
  )
const csv = (text: string) =>
  toFormResult(readRecipientFile(new TextEncoder().encode(text)))
const readTypedNumbers = (text: string) => toFormResult(readTyped(text))

describe('RecipientPreview', () => {
  test('shows the phone column and each header with the variable sent', async () => {
    await render(<RecipientPreview result={fixture('C08-header-variants.csv')} />)

    expect(
      screen.getByRole('heading', { name: '2 numbers will be called' }),
    ).toBeVisible()
    const columns = screen.getByRole('table', { name: 'Columns' })
    const rows = within(columns)
      .getAllByRole('row')
      .map((row) => row.textContent)
    expect(rows).toContain('" Phone Number "phone_number — the number called')
    expect(rows.some((row) => row?.endsWith('appointment_time'))).toBe(true)
    expect(screen.getByText(/Phone number column/)).toHaveTextContent(
      '" Phone Number "',
    )
  })

  test('names the encoding it detected', async () => {
    await render(<RecipientPreview result={fixture('C01-bom.csv')} />)
    expect(screen.getByText(/Encoding/)).toHaveTextContent(
      'UTF-8 with byte-order mark',
    )
  })

  test('names a semicolon delimiter', async () => {
    await render(<RecipientPreview result={fixture('C02-semicolon-2col.csv')} />)
    expect(screen.getByText(/Delimiter/)).toHaveTextContent('Semicolon ( ; )')
  })

  test('keeps the first rows’ variables as the text written', async () => {
    await render(
      <RecipientPreview result={fixture('C02-semicolon-decimal-comma.csv')} />,
    )
    const first = screen.getByRole('table', { name: 'First recipients' })
    expect(within(first).getByText('12,50')).toBeVisible()
    expect(within(first).getByText('1.234,00')).toBeVisible()
  })

  test('lists each problem with its row number and reason', async () => {
    await render(<RecipientPreview result={fixture('C11-formatted-numbers.csv')} />)

    const problems = screen.getByRole('table', { name: 'Problems' })
    const [, row] = within(problems).getAllByRole('row')
    expect(row).toHaveTextContent(/^7\+1 202 555 0159 ext\. 12—.*extension/)
    const rewritten = screen.getByRole('table', { name: 'Numbers rewritten' })
    expect(within(rewritten).getByText('+442079460132')).toBeVisible()
  })

  test('shows which earlier row a duplicate repeats', async () => {
    await render(
      <RecipientPreview
        result={readTypedNumbers('+12025550101\n+1 202 555 0101\n+12025550102')}
      />,
    )
    expect(
      screen.getByRole('heading', { name: '2 numbers will be called' }),
    ).toBeVisible()
    const duplicates = screen.getByRole('table', { name: 'Duplicates removed' })
    expect(within(duplicates).getAllByRole('row')[1]).toHaveTextContent(
      /^2\+1 202 555 0101\+12025550101Same number as row 1/,
    )
  })

  test('lists the headers found when no column holds phone numbers', async () => {
    await render(
      <RecipientPreview result={csv('Name;Mobile\nAlex;+12025550101\n')} />,
    )
    const alert = screen.getByRole('alert')
    expect(within(alert).getByLabelText('Headers found')).toHaveTextContent(
      '"Name""Mobile"',
    )
  })

  test('pages a long problem list instead of rendering every row', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `not-a-number-${i}`)
    await render(<RecipientPreview result={readTypedNumbers(lines.join('\n'))} />)

    const problems = screen.getByRole('table', { name: 'Problems' })
    expect(within(problems).getAllByRole('row')).toHaveLength(21)
    expect(screen.getByText('Rows 1–20 of 10,000')).toBeVisible()

    await userEvent.click(
      screen.getByRole('button', { name: 'next page of problems' }),
    )
    expect(within(problems).getAllByRole('row')[1]).toHaveTextContent(
      /^21not-a-number-20/,
    )
  })
})
