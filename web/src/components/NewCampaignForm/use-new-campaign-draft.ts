import { useCallback, useEffect, useState } from 'react'
import { deleteFile, loadFile, saveFile } from '../../lib/file-store.ts'
import {
  type DraftFields,
  emptyDraft,
  readDraftFields,
  removeDraftFields,
  writeDraftFields,
} from './new-campaign-draft.ts'

/**
 * The form's draft, kept in the browser so a reload loses nothing: fields in
 * localStorage, the recipient file in IndexedDB. `storageKey` should name the
 * signed-in user, so people sharing a browser never see each other's drafts.
 */
export function useNewCampaignDraft(storageKey: string) {
  const fileKey = `${storageKey}:file`
  const [fields, setFields] = useState(() => readDraftFields(storageKey))
  const [file, setFileState] = useState<File | null>(null)
  const [restoringFile, setRestoringFile] = useState(true)

  useEffect(() => writeDraftFields(storageKey, fields), [storageKey, fields])

  useEffect(() => {
    let live = true
    loadFile(fileKey)
      .then((stored) => {
        if (live && stored) setFileState((current) => current ?? stored)
      })
      .catch(() => {
        // No IndexedDB (private window): the file has to be chosen again.
      })
      .finally(() => live && setRestoringFile(false))
    return () => {
      live = false
    }
  }, [fileKey])

  const update = useCallback(
    (patch: Partial<DraftFields>) =>
      setFields((current) => ({ ...current, ...patch })),
    [],
  )

  const setFile = useCallback(
    (next: File | null) => {
      setFileState(next)
      const stored = next ? saveFile(fileKey, next) : deleteFile(fileKey)
      stored.catch(() => {
        // As above: only a reload would lose the file.
      })
    },
    [fileKey],
  )

  const clear = useCallback(() => {
    setFields(emptyDraft())
    setFileState(null)
    removeDraftFields(storageKey)
    deleteFile(fileKey).catch(() => {})
  }, [storageKey, fileKey])

  return { fields, update, file, setFile, restoringFile, clear }
}
