import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'

const run = promisify(execFile)
const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx')
const fixture = join(import.meta.dirname, 'child-lifetime.fixture.ts')
const started: number[] = []

async function childOfAnExitingProcess(...args: string[]) {
  const { stdout } = await run(tsx, [fixture, ...args])
  const pid = Number(stdout.trim())
  expect(pid).toBeGreaterThan(0)
  started.push(pid)
  return pid
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

afterAll(() => {
  for (const pid of started.filter(isRunning)) process.kill(pid, 'SIGKILL')
})

describe('stopWithThisProcess', () => {
  test('stops the child when its parent exits without cleaning up', async () => {
    const pid = await childOfAnExitingProcess('--tie')
    await expect.poll(() => isRunning(pid), { timeout: 10_000 }).toBe(false)
  })

  test('without it, such a child outlives its parent', async () => {
    const pid = await childOfAnExitingProcess()
    expect(isRunning(pid)).toBe(true)
  })
})
