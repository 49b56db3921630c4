import { useMutation } from '@tanstack/react-query'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { apiRequest } from '../../lib/api.ts'
import { saveFile } from '../../lib/save-file.ts'

/** `Spring promo: wave 2` → `Spring promo- wave 2.csv`: safe on every OS. */
export function resultsFileName(campaignName: string) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it removes
  const safe = campaignName.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '-').trim()
  return `${safe || 'campaign'}.csv`
}

/** Fetches every recipient's result as CSV and saves it as a file. */
export function useCampaignResultsDownload(campaign: Pick<Campaign, 'id' | 'name'>) {
  return useMutation({
    mutationFn: async () => {
      const csv = await apiRequest<string>(`/${campaign.id}/recipients.csv`)
      saveFile(new Blob([csv], { type: 'text/csv' }), resultsFileName(campaign.name))
    },
  })
}
