import styles from './FormErrorSummary.module.css';

export interface SummaryItem {
  /** The id of the input the message is about; absent for a message about the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * Lists what stops a form from being sent, announced as an alert, each item linking to its field.
 * Renders nothing when there is nothing to say.
 */
export function FormErrorSummary({ items, title = 'There is a problem' }: { items: SummaryItem[]; title?: string }) {
  if (items.length === 0) return null;
  return (
    <div role="alert" className={styles.summary}>
      <h2 className={styles.title}>{title}</h2>
      <ul className={styles.list}>
        {items.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? 'form'}:${message}`}>
            {fieldId ? (
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId)?.focus();
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
