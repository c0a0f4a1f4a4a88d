import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { Spinner } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/lib/document-title';
import { useMyProfile } from '../api/get-my-profile';
import { NotificationPreferencesSection } from '../components/NotificationPreferencesSection';
import { ProfileForm } from '../components/ProfileForm';
import styles from './ProfilePage.module.css';

export function ProfilePage() {
  useDocumentTitle('Profile');
  const profile = useMyProfile();
  return (
    <>
      <PageHeading>Your profile</PageHeading>
      <p className={styles.lead}>
        What colleagues at your events see: what you love to be referred, what you do not take, and how to reach you.
      </p>
      {profile.isPending && <Spinner label="Loading your profile…" />}
      {profile.isError && (
        <ErrorState
          title="We could not load your profile"
          actions={
            <Button variant="secondary" onClick={() => void profile.refetch()}>
              Try again
            </Button>
          }
        >
          <p>Your profile is safe; this is a problem reaching Rounds.</p>
        </ErrorState>
      )}
      {profile.isSuccess && (
        <>
          {!profile.data.complete && (
            <Notice title="Complete your profile" className={styles.notice}>
              <p>Colleagues can only send you the right patients once they know what you do.</p>
            </Notice>
          )}
          <ProfileForm profile={profile.data} />
          <NotificationPreferencesSection />
        </>
      )}
    </>
  );
}
