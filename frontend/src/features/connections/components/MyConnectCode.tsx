import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { QrCode } from '@/components/ui/QrCode';
import { Spinner } from '@/components/ui/Spinner';
import { errorMessage } from '@/lib/api/error-message';
import { codeLink } from '@/lib/codes/links';
import { formatLocalMoment } from '@/lib/time/event-time';
import { useConnectCode } from '../api/issue-connect-code';
import styles from './MyConnectCode.module.css';

/**
 * The attendee's personal connect code as a QR code. Codes live a few minutes; a new one replaces
 * it shortly before it expires, so whoever scans it meets a live code.
 */
export function MyConnectCode({ eventId }: { eventId: string }) {
  const code = useConnectCode(eventId);
  if (code.isPending) return <Spinner label="Making your code…" />;
  if (code.isError) {
    return (
      <ErrorState
        title="We could not make your code"
        actions={
          <Button variant="secondary" onClick={() => void code.refetch()}>
            Try again
          </Button>
        }
      >
        <p>{errorMessage(code.error, 'This is a problem reaching Rounds; please try again in a moment.')}</p>
      </ErrorState>
    );
  }
  return (
    <div className={styles.code}>
      <QrCode token={codeLink('c', code.data.code)} label="My connect QR code" />
      <p className={styles.hint}>
        Let a colleague scan this with Rounds to connect at once. Showing it is your consent to connect with whoever
        scans it.
      </p>
      <p className={styles.text}>
        Code <code data-testid="connect-code">{code.data.shortCode}</code>
      </p>
      <p className={styles.expiry}>It renews by itself; this one works until {formatLocalMoment(code.data.expiresAt)}.</p>
    </div>
  );
}
