import { Title } from '@mantine/core'
import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/_authenticated/batch-calls/new')({
  component: () => <Title order={1}>New campaign</Title>,
})
