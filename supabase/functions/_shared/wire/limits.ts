/** Recipients one campaign may call (upstream's own maximum). */
export const MAX_RECIPIENTS = 10_000

/** Campaign name length, in characters, after trimming. */
export const MAX_CAMPAIGN_NAME_LENGTH = 100

/** Recipient files larger than this are refused before reading. */
export const MAX_RECIPIENT_FILE_BYTES = 5 * 1024 * 1024
