import { useId, useState } from 'react';
import styles from './dashboard.module.css';

export interface Figure {
  /** The figure's path in the dashboard response, which keys its definition. */
  path: string;
  label: string;
  value: string;
}

/** "What is this?" for one figure: the API's own sentence, one tap away and read as the button's description. */
export function Definition({ label, text }: { label: string; text: string | undefined }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!text) return null;
  return (
    <>
      <button
        type="button"
        className={styles.define}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">What is “{label}”?</span>
      </button>
      <p id={id} className={styles.definition} hidden={!open}>
        {text}
      </p>
    </>
  );
}

/** A group of headline figures, each a term with its value and its definition. */
export function Figures({ figures, definitions }: { figures: Figure[]; definitions: Record<string, string> }) {
  return (
    <dl className={styles.figures}>
      {figures.map((figure) => (
        <div key={figure.path} className={styles.figure}>
          <dt>
            {figure.label}
            <Definition label={figure.label} text={definitions[figure.path]} />
          </dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
