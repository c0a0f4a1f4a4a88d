import { Link } from 'react-router';
import { Avatar } from '@/components/ui/Avatar';
import type { AttendeeProfile } from '@/lib/api/types';
import styles from './DirectoryCard.module.css';

/** One attendee in the directory: who they are and what to talk about. */
export function DirectoryCard({ profile, checkedIn }: { profile: AttendeeProfile; checkedIn: boolean }) {
  const place = [profile.practiceName, profile.city].filter(Boolean).join(', ');
  return (
    <article className={styles.card} aria-labelledby={`person-${profile.attendeeId}`}>
      <Avatar name={profile.fullName} photoUrl={profile.photoUrl} />
      <div className={styles.body}>
        <h2 id={`person-${profile.attendeeId}`} className={styles.name}>
          <Link to={`/people/${profile.attendeeId}`}>{profile.fullName}</Link>
          {profile.credentials.length > 0 && <span className={styles.credentials}>, {profile.credentials.join(', ')}</span>}
        </h2>
        {profile.specialty && (
          <p className={styles.line}>
            {profile.subspecialty ? `${profile.specialty.name} · ${profile.subspecialty.name}` : profile.specialty.name}
          </p>
        )}
        {place && <p className={styles.line}>{place}</p>}
        {profile.wantsReferred.length > 0 && (
          <p className={styles.tags}>
            <span className={styles.label}>Wants referred:</span> {profile.wantsReferred.join(', ')}
          </p>
        )}
        {profile.refersOut.length > 0 && (
          <p className={styles.tags}>
            <span className={styles.label}>Refers out:</span> {profile.refersOut.join(', ')}
          </p>
        )}
        {!profile.complete && <p className={styles.line}>Has not filled in a profile yet.</p>}
        {checkedIn && <p className={styles.arrived}>Here now</p>}
      </div>
    </article>
  );
}
