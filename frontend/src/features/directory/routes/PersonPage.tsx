import { useParams } from 'react-router';
import { Avatar } from '@/components/ui/Avatar';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeading } from '@/components/ui/PageHeading';
import { QueryBoundary } from '@/components/ui/QueryBoundary';
import { PersonFacts } from '@/entities/profile/PersonFacts';
import type { AttendeeProfile } from '@/lib/api/types';
import { useDocumentTitle } from '@/lib/document-title';
import { useAttendee } from '../api/get-attendee';
import styles from './PersonPage.module.css';

/** Someone's profile, opened from a card (an introduction to answer, a directory entry) to decide with context. */
export function PersonPage() {
  const { attendeeId = '' } = useParams();
  const person = useAttendee(attendeeId);
  useDocumentTitle(person.data?.fullName ?? 'Profile');
  return (
    <QueryBoundary
      query={person}
      loading="Loading the profile…"
      errorTitle="We could not load this profile"
      missing={
        <EmptyState title="Profile not found" headingLevel={1}>
          <p>This profile does not exist, or it is only for people who attend an event with them.</p>
        </EmptyState>
      }
    >
      {(found) => <Person profile={found} />}
    </QueryBoundary>
  );
}

function Person({ profile }: { profile: AttendeeProfile }) {
  const contacts = [
    profile.email && { label: 'Email', href: `mailto:${profile.email}`, text: profile.email },
    profile.cellNumber && { label: 'Cell', href: `tel:${profile.cellNumber}`, text: profile.cellNumber },
    profile.linkedinUrl && { label: 'LinkedIn', href: profile.linkedinUrl, text: profile.linkedinUrl },
    profile.websiteUrl && { label: 'Website', href: profile.websiteUrl, text: profile.websiteUrl },
  ].filter((contact) => Boolean(contact)) as { label: string; href: string; text: string }[];
  return (
    <div className={styles.person}>
      <div className={styles.head}>
        <Avatar name={profile.fullName} photoUrl={profile.photoUrl} size="large" />
        <div className={styles.who}>
          <PageHeading>
            {profile.fullName}
            {profile.credentials.length > 0 && `, ${profile.credentials.join(', ')}`}
          </PageHeading>
          <PersonFacts facts={profile} />
        </div>
      </div>
      {!profile.complete && <p>Has not filled in a profile yet.</p>}
      {profile.bio && <p className={styles.bio}>{profile.bio}</p>}
      {profile.doesNotTake.length > 0 && (
        <p>
          <strong>Does not take:</strong> {profile.doesNotTake.join(', ')}
        </p>
      )}
      {contacts.length > 0 && (
        <dl className={styles.contacts}>
          {contacts.map((contact) => (
            <div key={contact.label}>
              <dt>{contact.label}</dt>
              <dd>
                <a href={contact.href}>{contact.text}</a>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
