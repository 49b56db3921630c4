import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react'
import type { Agent } from '../../../../supabase/functions/_shared/wire/agents.ts'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { recipientsOf } from '../../lib/recipient-form-result.ts'
import { QuotaSummary } from '../QuotaSummary/QuotaSummary.tsx'
import { RecipientPreview } from '../RecipientPreview/RecipientPreview.tsx'
import { RecipientsField } from '../RecipientsField/RecipientsField.tsx'
import { useRecipientPreview } from '../RecipientsField/use-recipient-preview.ts'
import { ScheduleFields } from '../ScheduleFields/ScheduleFields.tsx'
import { summariseSchedule } from '../ScheduleFields/schedule-summary.ts'
import { TermsDialog } from '../TermsDialog/TermsDialog.tsx'
import { CallerFields } from './CallerFields.tsx'
import type { FieldErrors } from './submit-error.ts'
import { useCampaignSubmit } from './use-campaign-submit.ts'
import { useNewCampaignDraft } from './use-new-campaign-draft.ts'
import { validateNewCampaign } from './validate-new-campaign.ts'

type Props = {
  agents: Agent[]
  /** Where the draft is kept; name the user in it. */
  draftKey: string
  onCreated: (campaign: Campaign) => void
}

/** A new campaign: caller, schedule, recipients with their preview, then start. */
export function NewCampaignForm({ agents, draftKey, onCreated }: Props) {
  const draft = useNewCampaignDraft(draftKey)
  const { fields, update, file } = draft
  const preview = useRecipientPreview({ ...fields, file })
  const [checked, setChecked] = useState<FieldErrors>({})
  const submission = useCampaignSubmit((campaign) => {
    draft.clear()
    onCreated(campaign)
  })

  const { startNewAttempt } = submission
  // biome-ignore lint/correctness/useExhaustiveDependencies: any change is a new attempt
  useEffect(startNewAttempt, [fields, file, startNewAttempt])

  // The field groups are memoised (their selects keep hundreds of options
  // mounted), so a new preview must not hand them new errors or callbacks.
  const problemFields = submission.problem?.fields
  const errors = useMemo(
    () => ({ ...checked, ...problemFields }),
    [checked, problemFields],
  )
  const uncheck = useCallback(
    () => setChecked((current) => (Object.keys(current).length ? {} : current)),
    [],
  )
  const edit = useCallback(
    (patch: Partial<typeof fields>) => {
      uncheck()
      update(patch)
    },
    [uncheck, update],
  )
  const { setFile } = draft
  const changeFile = useCallback(
    (next: File | null) => {
      uncheck()
      setFile(next)
    },
    [uncheck, setFile],
  )
  const changeSource = useCallback(
    (source: typeof fields.source) => edit({ source }),
    [edit],
  )
  const changeTyped = useCallback(
    (typedNumbers: string) => edit({ typedNumbers }),
    [edit],
  )
  const changeCountry = useCallback(
    (defaultCountry: typeof fields.defaultCountry) => edit({ defaultCountry }),
    [edit],
  )

  function submit(event: FormEvent) {
    event.preventDefault()
    if (preview.reading) return
    const schedule = summariseSchedule(
      fields.scheduledText,
      fields.timeZone,
      Date.now(),
    )
    const found = validateNewCampaign(fields, preview.result, schedule)
    setChecked(found)
    if (Object.keys(found).length > 0 || !preview.result?.ok) return

    submission.submit({
      name: fields.name.trim(),
      agent_id: fields.agentId ?? '',
      phone_number_id: fields.phoneNumberId ?? '',
      schedule:
        schedule.kind === 'scheduled'
          ? { local: schedule.local, time_zone: fields.timeZone }
          : null,
      recipients: recipientsOf(preview.result),
    })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={960}>
        <Title order={1}>New campaign</Title>

        <Paper withBorder p="md">
          <Stack>
            <TextInput
              label="Name"
              placeholder="Spring appointment reminders"
              value={fields.name}
              onChange={(event) => edit({ name: event.currentTarget.value })}
              error={errors.name}
            />
            <CallerFields
              agents={agents}
              agentId={fields.agentId}
              phoneNumberId={fields.phoneNumberId}
              onChange={edit}
              errors={errors}
            />
            <ScheduleFields
              scheduledText={fields.scheduledText}
              timeZone={fields.timeZone}
              onChange={edit}
              errors={errors}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h3">
              Recipients
            </Title>
            <RecipientsField
              source={fields.source}
              file={file}
              typedNumbers={fields.typedNumbers}
              defaultCountry={fields.defaultCountry}
              onSourceChange={changeSource}
              onFileChange={changeFile}
              onTypedNumbersChange={changeTyped}
              onDefaultCountryChange={changeCountry}
              error={errors.recipients}
            />
          </Stack>
        </Paper>

        {preview.failure && (
          <Alert color="red" role="alert" title="The file could not be read">
            {preview.failure}
          </Alert>
        )}
        {preview.result && <RecipientPreview result={preview.result} />}

        {submission.problem?.alert && (
          <Alert color="red" role="alert" title={submission.problem.alert.title}>
            {submission.problem.alert.message}
          </Alert>
        )}
        <Group justify="space-between" align="center">
          <QuotaSummary quota={submission.quota} />
          <Button
            type="submit"
            size="md"
            loading={submission.submitting}
            disabled={preview.reading || draft.restoringFile}
          >
            Start campaign
          </Button>
        </Group>

        <TermsDialog {...submission.termsDialog} />
      </Stack>
    </form>
  )
}
