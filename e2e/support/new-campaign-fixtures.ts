import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** What the preview must say for each file in fixtures/recipient-files. */
export type FixtureExpectation = {
  file: string
  callable: number
  /** Texts that must appear in the preview. */
  shows: string[]
  problems?: number
}

export const FIXTURE_EXPECTATIONS: FixtureExpectation[] = [
  {
    file: 'C01-bom.csv',
    callable: 2,
    shows: ['UTF-8 with byte-order mark', 'first_name', 'appointment'],
  },
  {
    file: 'C02-semicolon-2col.csv',
    callable: 1,
    shows: ['Semicolon ( ; )', 'Alex'],
  },
  {
    file: 'C02-semicolon-decimal-comma.csv',
    callable: 3,
    shows: ['12,50', '1.234,00', '7,5'],
  },
  { file: 'C05-cr-only.csv', callable: 2, shows: [] },
  {
    file: 'C06-quoted-multiline.csv',
    callable: 2,
    shows: ['ask for "Al"', 'Flat 2, 10 Example Road'],
  },
  { file: 'C07-trailing-empty.csv', callable: 2, shows: [], problems: 0 },
  {
    file: 'C08-header-variants.csv',
    callable: 2,
    shows: ['" Phone Number "', 'appointment_time', 'first_name'],
  },
  {
    file: 'C11-formatted-numbers.csv',
    callable: 7,
    shows: ['+442079460132', '+12025550166', 'ext. 12'],
    problems: 1,
  },
  { file: 'C12-no-plus.csv', callable: 0, shows: ['+'], problems: 5 },
  {
    file: 'C13-sep-line.csv',
    callable: 2,
    shows: ['separated by semicolons', 'Sam; Jr.', '1.234,00'],
    problems: 1,
  },
  {
    file: 'C14-tel-links.csv',
    callable: 4,
    shows: ['+12025550174', '+442079460174'],
    problems: 2,
  },
  {
    file: 'C15-full-width-digits.csv',
    callable: 3,
    shows: ['+12025550177', '山田', '（２０２）'],
    problems: 1,
  },
]

export function fixtureBytes(file: string): Buffer {
  return readFileSync(join(process.cwd(), 'fixtures/recipient-files', file))
}
