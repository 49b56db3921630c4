/** Recipients one campaign may call (upstream's own maximum). */
export const MAX_RECIPIENTS = 10_000

/** Campaign name length, in characters, after trimming. */
export const MAX_CAMPAIGN_NAME_LENGTH = 100

/** Request bodies larger than this are refused with 413 `request_too_large`. */
export const MAX_REQUEST_BODY_BYTES = 6 * 1024 * 1024

/** A variable's text value, in characters. */
export const MAX_VARIABLE_VALUE_LENGTH = 1000

/** Recipient files larger than this are refused before reading. */
export const MAX_RECIPIENT_FILE_BYTES = 5 * 1024 * 1024
