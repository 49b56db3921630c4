import type { ElevenLabs } from '@elevenlabs/elevenlabs-js'
import {
  CLOCK_SKEW_SECONDS,
  LIST_MAX_PAGES,
  LIST_PAGE_SIZE,
  SUBMISSION_GRACE_SECONDS,
} from './sync-limits.ts'

type Lister = (options: {
  limit?: number
  lastDoc?: string
}) => Promise<ElevenLabs.WorkspaceBatchCallsResponse>

export type SubmissionTarget = {
  callName: string
  createdAt: Date
  recipients: number
}

/**
 * `absent` only when every batch created in the target's window was seen;
 * `undetermined` when the page limit ran out first.
 */
export type SubmissionLookup =
  | { kind: 'found'; batchId: string }
  | { kind: 'absent' }
  | { kind: 'undetermined' }

/**
 * Finds the upstream batch of a submission whose outcome was unknown, by its
 * prefixed call name, recipient count and creation time. Workspace pages are
 * read once per pass and shared by every campaign in it.
 *
 * NOTE: "absent" relies on the workspace list being newest first, which
 * upstream does not document (the simulator does it). If it turns out
 * otherwise, only a fully read list (has_more false) can prove absence.
 */
export function createSubmissionFinder(list: Lister) {
  const batches: ElevenLabs.BatchCallResponse[] = []
  let nextDoc: string | undefined
  let exhausted = false
  let pages = 0
  let oldestSeen = Number.POSITIVE_INFINITY
  let queue: Promise<unknown> = Promise.resolve()

  const covers = (fromUnix: number) => exhausted || oldestSeen < fromUnix

  // One reader at a time, so concurrent lookups never fetch a page twice.
  function loadBackTo(fromUnix: number): Promise<void> {
    const run = queue.then(async () => {
      while (!covers(fromUnix) && pages < LIST_MAX_PAGES) {
        const page = await list({ limit: LIST_PAGE_SIZE, lastDoc: nextDoc })
        pages += 1
        for (const batch of page.batchCalls) {
          batches.push(batch)
          oldestSeen = Math.min(oldestSeen, batch.createdAtUnix)
        }
        nextDoc = page.nextDoc ?? undefined
        exhausted = !page.hasMore || !nextDoc
      }
    })
    queue = run.catch(() => {})
    return run
  }

  return async function findSubmission(
    target: SubmissionTarget,
    claimed: (batchIds: string[]) => Promise<Set<string>>,
  ): Promise<SubmissionLookup> {
    const created = target.createdAt.getTime() / 1000
    const from = created - CLOCK_SKEW_SECONDS
    const to = created + SUBMISSION_GRACE_SECONDS + CLOCK_SKEW_SECONDS
    await loadBackTo(from)

    const candidates = batches.filter(
      (batch) =>
        batch.name === target.callName &&
        batch.totalCallsScheduled === target.recipients &&
        batch.createdAtUnix >= from &&
        batch.createdAtUnix <= to,
    )
    if (candidates.length > 0) {
      const taken = await claimed(candidates.map((batch) => batch.id))
      const closest = candidates
        .filter((batch) => !taken.has(batch.id))
        .sort(
          (a, b) =>
            Math.abs(a.createdAtUnix - created) -
            Math.abs(b.createdAtUnix - created),
        )[0]
      if (closest) return { kind: 'found', batchId: closest.id }
    }
    return covers(from) ? { kind: 'absent' } : { kind: 'undetermined' }
  }
}

export type SubmissionFinder = ReturnType<typeof createSubmissionFinder>
