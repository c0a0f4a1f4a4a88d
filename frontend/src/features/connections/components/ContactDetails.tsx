import type { Connection } from '@/lib/api/types';
import styles from './ContactDetails.module.css';

function cellAbsence(connection: Connection): string {
  const firstName = connection.person.fullName;
  switch (connection.theirCellConsent) {
    case 'UNDECIDED':
      return `${firstName} has not yet decided whether to share their cell number with you.`;
    case 'REFUSED':
      return `${firstName} keeps their cell number private.`;
    case 'GRANTED':
      return `${firstName} has no cell number to share with you.`;
  }
}

/** A professional page the colleague shows this viewer, opened in a new tab; nothing when they show none. */
function WebPage({ term, url }: { term: string; url: string | undefined }) {
  if (!url) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <a href={url} rel="noopener noreferrer" target="_blank">
          {url}
        </a>
      </dd>
    </div>
  );
}

/** Exactly the contact fields the server returned for this viewer; nothing else is guessed at. */
export function ContactDetails({ connection }: { connection: Connection }) {
  const { person } = connection;
  return (
    <dl className={styles.details}>
      <div>
        <dt>Cell</dt>
        <dd>
          {person.cellNumber ? (
            <a href={`tel:${person.cellNumber}`}>{person.cellNumber}</a>
          ) : (
            <span className={styles.absent}>{cellAbsence(connection)}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd>
          {person.email ? (
            <a href={`mailto:${person.email}`}>{person.email}</a>
          ) : (
            <span className={styles.absent}>Not shared with you</span>
          )}
        </dd>
      </div>
      <WebPage term="LinkedIn" url={person.linkedinUrl} />
      <WebPage term="Website" url={person.websiteUrl} />
    </dl>
  );
}
