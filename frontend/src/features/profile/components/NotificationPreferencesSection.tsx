import { Spinner } from '@/components/ui/Spinner';
import { useNotificationPreferences } from '../api/get-notification-preferences';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

export function NotificationPreferencesSection() {
  const preferences = useNotificationPreferences();
  if (preferences.isPending) return <Spinner label="Loading your mail choices…" />;
  if (preferences.isError) return <p role="alert">We could not load your mail choices.</p>;
  return <NotificationPreferencesForm preferences={preferences.data} />;
}
