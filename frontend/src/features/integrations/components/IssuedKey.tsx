import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import type { IssuedIntegrationKey } from '@/lib/api/types';
import styles from './Integrations.module.css';

/** A key just made: shown this once, with a copy button; Rounds keeps only its hash. */
export function IssuedKey({ issued, onDone }: { issued: IssuedIntegrationKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Notice title={`New key for ${issued.client.name}`}>
      <p>Copy it now: Rounds keeps only a fingerprint of it and cannot show it again.</p>
      <label htmlFor="issued-key" className={styles.label}>
        API key
      </label>
      <input
        id="issued-key"
        className={styles.key}
        readOnly
        value={issued.key}
        onFocus={(focus) => {
          focus.target.select();
        }}
      />
      <div className={styles.actions}>
        <Button
          onClick={() => {
            void navigator.clipboard.writeText(issued.key).then(() => {
              setCopied(true);
            });
          }}
        >
          Copy key
        </Button>
        <Button variant="secondary" onClick={onDone}>
          I have stored the key
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {copied ? 'Key copied.' : ''}
      </p>
    </Notice>
  );
}
