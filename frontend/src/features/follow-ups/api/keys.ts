export const followUpKeys = {
  all: ['follow-ups'] as const,
  week: (until: string) => [...followUpKeys.all, 'week', { until }] as const,
  progress: () => [...followUpKeys.all, 'progress'] as const,
};
