import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { type FormEvent, useState } from 'react'
import { supabase } from '../../lib/supabase.ts'

type Props = { redirectTo: string }

export function SignInPage({ redirectTo }: Props) {
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setPending(true)
    setError(undefined)
    const { error } = await supabase.auth.signInWithPassword({ email, password })
    setPending(false)
    if (error) {
      setError(
        error.code === 'invalid_credentials'
          ? 'That email and password do not match. Check both and try again.'
          : `Could not sign in: ${error.message}`,
      )
      return
    }
    await navigate({ href: redirectTo, replace: true })
  }

  return (
    <Center mih="100vh" p="md">
      <Paper
        component="form"
        onSubmit={submit}
        withBorder
        p="xl"
        w={380}
        shadow="sm"
      >
        <Stack>
          <Title order={1} size="h2">
            Sign in to Batch Calls
          </Title>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            // Keeps the field the only control labelled "Password".
            visibilityToggleButtonProps={{ 'aria-label': 'Show what is typed' }}
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={pending}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  )
}
