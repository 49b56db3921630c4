// A pass must fit an edge function's limits (about 2 s of CPU, 150 s of wall
// time on the free plan): the worst case is PASS_DEADLINE_MS plus one read
// that started just before it, i.e. 25 + 2 × 8 + 1 (retry back-off) ≈ 42 s.

/** Campaigns one pass leases; cron fans out with parallel calls for more. */
export const PASS_BATCH_SIZE = 50

/** Upstream reads in flight at once within one pass. */
export const PASS_CONCURRENCY = 6

/**
 * Recipients one pass takes on. Reading them is the function's CPU cost
 * (bench/results.md: 50 ms for 10,000, about 1 ms per campaign besides), so
 * this keeps a pass under about 0.4 s of CPU however large the campaigns are.
 */
export const PASS_RECIPIENT_BUDGET = 60_000

/** After this a pass starts no new campaign; the rest go back for the next. */
export const PASS_DEADLINE_MS = 25_000

/**
 * A pass skips campaigns synced more recently than this (by another pass
 * that overlapped it, or by a detail read).
 */
export const PASS_RESYNC_AFTER_SECONDS = 10

/** Upstream read timeout for the sync (ELEVENLABS_SYNC_TIMEOUT_SECONDS). */
export const SYNC_READ_TIMEOUT_SECONDS = 8

/** Longer than the slowest pass, so a live pass never loses its campaigns. */
export const LEASE_SECONDS = 120

/** A detail read refreshes a campaign synced longer ago than this. */
export const DETAIL_STALE_AFTER_SECONDS = 10

/** A detail read waits this long for upstream before answering from the database. */
export const DETAIL_READ_TIMEOUT_SECONDS = 4

export const DETAIL_LEASE_SECONDS = 30

/**
 * How long after creation a submission with an unknown outcome may still show
 * up upstream. Submit times out after ELEVENLABS_TIMEOUT_SECONDS (20 s by
 * default) and upstream lists a batch as soon as it accepts it, so two
 * minutes leaves ample room; after that, absent upstream means never received.
 */
export const SUBMISSION_GRACE_SECONDS = 120

/** Tolerance between our clock and upstream's when matching creation times. */
export const CLOCK_SKEW_SECONDS = 30

/** Workspace batches per list call, and pages read per pass at most. */
export const LIST_PAGE_SIZE = 100
export const LIST_MAX_PAGES = 10
