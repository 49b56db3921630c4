import { useQuery } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import type { CreateCampaignBody } from '../../../../supabase/functions/_shared/wire/create-campaign-body.ts'
import { useCampaignCreateMutation } from '../../data/new-campaign/campaign-create-mutation.ts'
import { quotaQueryOptions } from '../../data/quota/quota-query.ts'
import { useTermsAcceptMutation } from '../../data/terms/terms-accept-mutation.ts'
import {
  type CurrentTerms,
  termsQueryOptions,
} from '../../data/terms/terms-query.ts'
import { ApiRequestError } from '../../lib/api.ts'
import { describeSubmitError, type SubmitProblem } from './submit-error.ts'

function codeOf(error: unknown): string | undefined {
  return error instanceof ApiRequestError ? error.code : undefined
}

/**
 * Sends the campaign once per attempt: the same `Idempotency-Key` for repeats
 * of one attempt, a new one after `startNewAttempt`. When the terms are not
 * accepted yet, the body waits for the dialog and then goes by itself.
 */
export function useCampaignSubmit(onCreated: (campaign: Campaign) => void) {
  const create = useCampaignCreateMutation()
  const accept = useTermsAcceptMutation()
  const terms = useQuery(termsQueryOptions())
  const quota = useQuery(quotaQueryOptions())
  const attemptKey = useRef<string | null>(null)
  const waitingForTerms = useRef<CreateCampaignBody | null>(null)
  const [termsOpen, setTermsOpen] = useState(false)
  const [problem, setProblem] = useState<SubmitProblem | null>(null)

  function send(body: CreateCampaignBody) {
    attemptKey.current ??= crypto.randomUUID()
    setProblem(null)
    create.mutate(
      { body, idempotencyKey: attemptKey.current },
      {
        onSuccess: ({ campaign }) => {
          attemptKey.current = null
          onCreated(campaign)
        },
        onError: (error) => {
          const code = codeOf(error)
          if (code === 'batch_calling_agreement_required') {
            askForTerms(body)
            void terms.refetch()
            return
          }
          if (code === 'idempotency_key_reused') attemptKey.current = null
          if (code === 'quota_exceeded') void quota.refetch()
          setProblem(describeSubmitError(error))
        },
      },
    )
  }

  function askForTerms(body: CreateCampaignBody) {
    waitingForTerms.current = body
    accept.reset()
    setTermsOpen(true)
  }

  function submit(body: CreateCampaignBody) {
    if (create.isPending) return
    if (terms.data && !terms.data.accepted) askForTerms(body)
    else send(body)
  }

  function acceptTerms(version: CurrentTerms['version']) {
    accept.mutate(version, {
      onSuccess: () => {
        setTermsOpen(false)
        const body = waitingForTerms.current
        waitingForTerms.current = null
        if (body) send(body)
      },
    })
  }

  function closeTerms() {
    waitingForTerms.current = null
    setTermsOpen(false)
  }

  const startNewAttempt = useCallback(() => {
    attemptKey.current = null
    setProblem(null)
  }, [])

  return {
    submit,
    submitting: create.isPending,
    problem,
    startNewAttempt,
    quota: quota.data,
    termsDialog: {
      opened: termsOpen,
      terms: terms.data,
      accepting: accept.isPending,
      error: accept.error ? termsErrorMessage(accept.error) : null,
      onAccept: acceptTerms,
      onClose: closeTerms,
    },
  }
}

function termsErrorMessage(error: Error): string {
  if (codeOf(error) === 'terms_outdated') {
    return 'The terms changed while you were reading. Read this version, then accept.'
  }
  return error.message
}
