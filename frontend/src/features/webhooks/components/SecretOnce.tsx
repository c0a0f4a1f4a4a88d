import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import styles from './webhooks.module.css';

/** The signing secret, shown the one time the server sends it. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Notice title="Copy the signing secret now">
      <p>Rounds shows it only this once. The receiver verifies every message’s webhook-signature with it.</p>
      <label htmlFor="webhook-secret" className={styles.label}>
        Signing secret
      </label>
      <input id="webhook-secret" className={styles.secret} readOnly value={secret} onFocus={(focus) => { focus.target.select(); }} />
      <div className={styles.actions}>
        <Button
          onClick={() => {
            void navigator.clipboard.writeText(secret).then(() => { setCopied(true); });
          }}
        >
          Copy secret
        </Button>
        <Button variant="ghost" onClick={onDone}>
          I have stored it
        </Button>
      </div>
      <p role="status">{copied ? 'Secret copied.' : ''}</p>
    </Notice>
  );
}
