export const termsKeys = {
  current: ['terms'] as const,
}
