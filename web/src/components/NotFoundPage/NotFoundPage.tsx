import { Button, Container, Stack, Text, Title } from '@mantine/core'
import { Link, useLocation } from '@tanstack/react-router'

/** Any URL the app has no page for. */
export function NotFoundPage() {
  const { pathname } = useLocation()

  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">
          There is no page at{' '}
          <Text span ff="monospace">
            {pathname}
          </Text>
          . The link may be mistyped or out of date.
        </Text>
        <Button component={Link} to="/batch-calls">
          Go to campaigns
        </Button>
      </Stack>
    </Container>
  )
}
