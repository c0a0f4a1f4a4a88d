import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/Avatar';
import type { Registration } from '@/lib/api/types';
import styles from './DoorPerson.module.css';

/** A guest as the door recognises them: photo (or initials), name, specialty, and a line about their standing. */
export function DoorPerson({ registration, standing }: { registration: Registration; standing: ReactNode }) {
  const specialty = registration.attendeeProfile?.specialty?.name;
  return (
    <div className={styles.person}>
      <Avatar name={registration.attendeeName} photoUrl={registration.attendeeProfile?.photoUrl} size="small" />
      <div className={styles.body}>
        <p className={styles.name}>{registration.attendeeName}</p>
        {specialty && <p className={styles.line}>{specialty}</p>}
        <p className={styles.line}>{standing}</p>
      </div>
    </div>
  );
}
