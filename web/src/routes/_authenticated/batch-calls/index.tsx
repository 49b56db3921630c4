import { Title } from '@mantine/core'
import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/_authenticated/batch-calls/')({
  component: () => <Title order={1}>Campaigns</Title>,
})
