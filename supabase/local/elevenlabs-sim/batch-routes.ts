import type { ApiHandler, ApiResult } from './api-types.ts'
import {
  cancelBatch,
  createBatch,
  deleteBatch,
  findBatch,
  retryBatch,
} from './batch-operations.ts'
import { toBatchDetailedResponse, toBatchResponse } from './batch-wire.ts'
import { detailError, validationError } from './errors.ts'
import { integerQuery } from './query-params.ts'
import { parseSubmitBody } from './submit-validation.ts'

const ok = (body: unknown): ApiResult => ({ status: 200, body })

export const submitBatch: ApiHandler = async (context, request) => {
  const submit = parseSubmitBody(await request.readJson())
  if (context.state.agreements[request.apiKey] !== true) {
    throw detailError('batch_calling_agreement_required')
  }
  const batch = createBatch(
    {
      state: context.state,
      seed: context.seed,
      now: context.now(),
      newId: context.newId,
    },
    submit,
  )
  context.markChanged()
  return ok(toBatchResponse(batch))
}

export const listBatches: ApiHandler = async (context, request) => {
  const limit = integerQuery(request.query, 'limit', 100, { min: 1 })
  const agentId = request.query.get('agent_id')
  const before = cursorSeq(request.query.get('last_doc'))

  const matching = context.state.batches
    .filter((batch) => !agentId || batch.agent_id === agentId)
    .filter((batch) => before === undefined || batch.seq < before)
    .sort((left, right) => right.seq - left.seq)
  const page = matching.slice(0, limit)
  const hasMore = matching.length > limit
  const last = page.at(-1)

  return ok({
    batch_calls: page.map(toBatchResponse),
    next_doc: hasMore && last ? String(last.seq) : null,
    has_more: hasMore,
  })
}

// NOTE: upstream's cursor is an opaque document id; ours is the creation
// sequence of the last batch seen, so deleting a batch never breaks paging.
function cursorSeq(lastDoc: string | null): number | undefined {
  if (lastDoc === null || lastDoc === '') return undefined
  if (/^\d+$/.test(lastDoc)) return Number(lastDoc)
  throw validationError([
    {
      type: 'value_error',
      loc: ['query', 'last_doc'],
      msg: 'Value error, last_doc is not a cursor this server issued',
      input: lastDoc,
    },
  ])
}

export const getBatch: ApiHandler = async (context, request) =>
  ok(
    toBatchDetailedResponse(
      findBatch(context.state, request.param),
      context.dropRecipientIds,
    ),
  )

export const cancelBatchRoute: ApiHandler = async (context, request) => {
  const batch = findBatch(context.state, request.param)
  cancelBatch(batch, context.now())
  context.markChanged()
  return ok(toBatchResponse(batch))
}

export const retryBatchRoute: ApiHandler = async (context, request) => {
  const batch = findBatch(context.state, request.param)
  retryBatch(batch, context.now(), context.settings.retryableStatuses)
  context.markChanged()
  return ok(toBatchResponse(batch))
}

export const deleteBatchRoute: ApiHandler = async (context, request) => {
  deleteBatch(context.state, request.param)
  context.markChanged()
  return { status: 204 }
}
