import { Alert, Button, Container, Stack, Title } from '@mantine/core'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'

/** A page whose loader or rendering failed: what went wrong, and a retry. */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrors = useQueryErrorResetBoundary()

  // Lets a suspense query that failed fetch again when the page reloads.
  useEffect(() => queryErrors.reset(), [queryErrors])

  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>This page could not be shown</Title>
        <Alert color="red" role="alert" w="100%">
          {error instanceof Error && error.message
            ? error.message
            : 'Something went wrong.'}
        </Alert>
        <Button onClick={() => router.invalidate()}>Try again</Button>
      </Stack>
    </Container>
  )
}
