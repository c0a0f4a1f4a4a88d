import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { useDocumentTitle } from '@/lib/document-title';
import { useMyProfile } from '@/entities/profile/get-my-profile';
import { NotificationPreferencesSection } from '../components/NotificationPreferencesSection';
import { PhotoField } from '../components/PhotoField';
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
      <QueryBoundary
        query={profile}
        loading="Loading your profile…"
        errorTitle="We could not load your profile"
        errorText={<p>Your profile is safe; this is a problem reaching Rounds.</p>}
      >
        {(mine) => (
          <>
            {!mine.complete && (
              <Notice title="Complete your profile" className={styles.notice}>
                <p>Colleagues can only send you the right patients once they know what you do.</p>
              </Notice>
            )}
            <PhotoField name={mine.fullName} photoUrl={mine.photoUrl} />
            <ProfileForm profile={mine} />
            <NotificationPreferencesSection />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
