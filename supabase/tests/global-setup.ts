import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { type Stack, startStack } from '../local/stack.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Omit<Stack, 'stop'>
  }
}

let stack: Stack | undefined

/** One stack for the integration run, on free ports, gone afterwards. */
export async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'batch-calls-it-'))
  stack = await startStack({
    dataDir,
    ephemeral: true,
    // Short, so a held (`hang`) submit or sync read answers within a test's time.
    secrets: {
      ELEVENLABS_TIMEOUT_SECONDS: '3',
      ELEVENLABS_SYNC_TIMEOUT_SECONDS: '2',
    },
  })
  const { stop: _, ...settings } = stack
  project.provide('stack', settings)
}

export async function teardown() {
  await stack?.stop()
}
