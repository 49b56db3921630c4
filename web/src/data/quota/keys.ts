export const quotaKeys = {
  current: ['quota'] as const,
}
