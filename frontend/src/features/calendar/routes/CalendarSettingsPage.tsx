import { PageHeading } from '@/components/ui/PageHeading';
import { useDocumentTitle } from '@/lib/document-title';
import { CalendarSubscription } from '../components/CalendarSubscription';

export function CalendarSettingsPage() {
  useDocumentTitle('Calendar');
  return (
    <>
      <PageHeading>Your calendar</PageHeading>
      <CalendarSubscription />
    </>
  );
}
