import styles from './PersonFacts.module.css';

/** The professional facts a card shows beside a name: a profile or its summary. */
interface Facts {
  specialty?: { name: string } | undefined;
  practiceName?: string | undefined;
  city?: string | undefined;
  wantsReferred: string[];
  refersOut: string[];
}

function Chips({ label, tags }: { label: string; tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <div className={styles.group}>
      <p className={styles.label}>{label}</p>
      <ul className={styles.chips} aria-label={label}>
        {tags.map((tag) => (
          <li key={tag} className={styles.chip}>
            {tag}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Specialty, practice and city on one line, then what they want referred and refer out as chips. */
export function PersonFacts({ facts }: { facts: Facts }) {
  const place = [facts.specialty?.name, facts.practiceName, facts.city].filter(Boolean).join(' · ');
  return (
    <div className={styles.facts}>
      {place && <p className={styles.place}>{place}</p>}
      <Chips label="Wants referred" tags={facts.wantsReferred} />
      <Chips label="Refers out" tags={facts.refersOut} />
    </div>
  );
}
