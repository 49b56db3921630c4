export const agentKeys = {
  all: ['agents'] as const,
}
