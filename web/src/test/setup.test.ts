import { expect, test } from 'vitest'

type ErrorListener = (error: Error) => void
type Jsdom = {
  virtualConsole: {
    on(event: 'jsdomError', listener: ErrorListener): void
    off(event: 'jsdomError', listener: ErrorListener): void
  }
}

test('scrolling the window in a test reports nothing missing', () => {
  // Vitest's jsdom environment exposes the JSDOM instance as `jsdom`.
  const { virtualConsole } = (globalThis as unknown as { jsdom: Jsdom }).jsdom
  const reported: string[] = []
  const listener = (error: Error) => reported.push(error.message)
  virtualConsole.on('jsdomError', listener)

  window.scrollTo(0, 120)
  window.scrollTo({ top: 0 })

  virtualConsole.off('jsdomError', listener)
  expect(reported).toEqual([])
})
