export const homeKeys = {
  all: ['home'] as const,
  me: () => [...homeKeys.all, 'me'] as const,
};
