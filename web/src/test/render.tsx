import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render as testingLibraryRender } from '@testing-library/react'
import type { ReactNode } from 'react'
import { theme } from '../theme.ts'

// Mantine's combobox scrolls the active option into view; jsdom has no layout.
Element.prototype.scrollIntoView ??= () => {}
// Autosizing textareas re-measure when web fonts load.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {} },
  })
}

/** Renders inside Mantine and a fresh Query client that never retries. */
export function render(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const result = testingLibraryRender(ui, {
    wrapper: ({ children }) => (
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} env="test">
          {children}
        </MantineProvider>
      </QueryClientProvider>
    ),
  })
  return { ...result, queryClient }
}
