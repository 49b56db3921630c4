import { describe, expect, test } from 'vitest'
import { safeRedirect } from './safe-redirect.ts'

describe('safeRedirect', () => {
  test('follows a relative path with its query', () => {
    expect(safeRedirect('/batch-calls/new?x=1')).toBe('/batch-calls/new?x=1')
  })

  test.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    'javascript:alert(1)',
    '',
    undefined,
    42,
  ])('refuses %s and falls back to the list', (target) => {
    expect(safeRedirect(target)).toBe('/batch-calls')
  })
})
