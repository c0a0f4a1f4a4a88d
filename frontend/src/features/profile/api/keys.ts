export const profileKeys = {
  all: ['profile'] as const,
  mine: () => [...profileKeys.all, 'mine'] as const,
  specialties: () => [...profileKeys.all, 'specialties'] as const,
  notificationPreferences: () => [...profileKeys.all, 'notification-preferences'] as const,
};
