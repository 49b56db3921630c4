/**
 * Percent of scheduled calls dispatched, rounded down and kept within 0–100;
 * 0 when nothing is scheduled.
 */
export function campaignProgress(dispatched: number, scheduled: number): number {
  if (!(scheduled > 0) || !(dispatched > 0)) return 0

  const percent = Math.floor((dispatched * 100) / scheduled)
  return Math.min(100, Math.max(0, percent))
}
