export const specialtyKeys = {
  all: ['specialties'] as const,
};
