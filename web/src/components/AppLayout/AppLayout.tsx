import { AppShell, Button, Group, Text } from '@mantine/core'
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router'
import { queryClient } from '../../lib/query-client.ts'
import { supabase } from '../../lib/supabase.ts'

export function AppLayout() {
  const { user } = useRouteContext({ from: '/_authenticated' })
  const navigate = useNavigate()

  async function signOut() {
    await supabase.auth.signOut()
    queryClient.clear()
    await navigate({ to: '/sign-in' })
  }

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Text component={Link} to="/batch-calls" fw={700} size="lg">
            Batch Calls
          </Text>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
            <Button variant="default" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}
