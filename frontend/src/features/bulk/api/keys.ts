export const importKeys = {
  all: ['registration-imports'] as const,
  detail: (importId: string) => [...importKeys.all, importId] as const,
  rows: (importId: string) => [...importKeys.all, importId, 'rows'] as const,
};
