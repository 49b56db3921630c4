import type { ElevenLabs } from '@elevenlabs/elevenlabs-js'
import { describe, expect, test } from 'vitest'
import { createSubmissionFinder } from './submission-finder.ts'
import { LIST_MAX_PAGES } from './sync-limits.ts'

const created = new Date('2026-12-04T12:00:00Z')
const at = (offsetSeconds: number) => created.getTime() / 1000 + offsetSeconds

function batch(id: string, createdAtUnix: number, name = '[c] Spring', size = 3) {
  return {
    id,
    name,
    createdAtUnix,
    totalCallsScheduled: size,
  } as ElevenLabs.BatchCallResponse
}

/** A newest-first workspace served `pageSize` at a time, counting calls. */
function workspace(batches: ElevenLabs.BatchCallResponse[], pageSize = 2) {
  const calls: Array<string | undefined> = []
  const list = async ({ lastDoc }: { lastDoc?: string }) => {
    calls.push(lastDoc)
    const start = Number(lastDoc ?? 0)
    const page = batches.slice(start, start + pageSize)
    const hasMore = start + pageSize < batches.length
    return {
      batchCalls: page,
      hasMore,
      nextDoc: hasMore ? String(start + pageSize) : undefined,
    }
  }
  return { list, calls }
}

const target = { callName: '[c] Spring', createdAt: created, recipients: 3 }
const noneClaimed = async () => new Set<string>()

describe('finding a submission upstream', () => {
  test('finds the batch by name, size and time, closest first', async () => {
    const { list } = workspace([
      batch('later', at(90)),
      batch('other-size', at(2), '[c] Spring', 4),
      batch('other-name', at(1), '[c] Autumn'),
      batch('closest', at(3)),
      batch('too-early', at(-60)),
    ])
    const find = createSubmissionFinder(list)
    expect(await find(target, noneClaimed)).toEqual({
      kind: 'found',
      batchId: 'closest',
    })
  })

  test('skips batches another campaign already holds', async () => {
    const { list } = workspace([batch('mine', at(20)), batch('taken', at(1))])
    const find = createSubmissionFinder(list)
    const claimed = async (ids: string[]) =>
      new Set(ids.filter((id) => id === 'taken'))
    expect(await find(target, claimed)).toEqual({ kind: 'found', batchId: 'mine' })
  })

  test('says absent only once the pages reach back past the window', async () => {
    const { list, calls } = workspace([
      batch('new', at(500)),
      batch('newer', at(400)),
      batch('old', at(-100)),
      batch('older', at(-200)),
      batch('oldest', at(-300)),
    ])
    const find = createSubmissionFinder(list)
    expect(await find(target, noneClaimed)).toEqual({ kind: 'absent' })
    expect(calls).toEqual([undefined, '2'])

    expect(await find(target, noneClaimed)).toEqual({ kind: 'absent' })
    expect(calls).toHaveLength(2)
  })

  test('is undetermined when the page limit runs out first', async () => {
    const recent = Array.from({ length: LIST_MAX_PAGES * 2 + 2 }, (_, index) =>
      batch(`b${index}`, at(1000 - index)),
    )
    const { list, calls } = workspace(recent)
    const find = createSubmissionFinder(list)
    expect(await find(target, noneClaimed)).toEqual({ kind: 'undetermined' })
    expect(calls).toHaveLength(LIST_MAX_PAGES)
  })

  test('a failed page fails the lookup, and the next lookup tries again', async () => {
    let fail = true
    const { list: serve } = workspace([batch('mine', at(1))])
    const list = async (options: { lastDoc?: string }) => {
      if (fail) throw new Error('upstream down')
      return serve(options)
    }
    const find = createSubmissionFinder(list)
    await expect(find(target, noneClaimed)).rejects.toThrow('upstream down')
    fail = false
    expect(await find(target, noneClaimed)).toEqual({
      kind: 'found',
      batchId: 'mine',
    })
  })
})
