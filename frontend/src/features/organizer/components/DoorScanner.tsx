import type { IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import styles from './DoorScanner.module.css';

/** The same ticket held in front of the camera is reported once in this many milliseconds. */
const SAME_TICKET_PAUSE_MS = 4000;

type CameraState = { kind: 'off' } | { kind: 'starting' } | { kind: 'on' } | { kind: 'failed'; message: string };

function cameraProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError')
    return 'The camera was not allowed. Allow it in the browser’s site settings, or check people in by name.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found on this device.';
  if (name === 'NotReadableError') return 'The camera is in use by another app. Close it and try again.';
  if (!window.isSecureContext) return 'The camera needs a secure (https) connection to Rounds.';
  return 'The camera could not be started. Check people in by name or ticket code instead.';
}

/**
 * Reads door tickets with the device's camera (the back one on a phone), using ZXing, which is
 * loaded only when scanning starts. Each ticket read is passed on once; holding it up longer does
 * not check it in again.
 */
export function DoorScanner({ onTicket }: { onTicket: (ticketToken: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const lastRead = useRef<{ token: string; at: number } | null>(null);
  const onTicketRef = useRef(onTicket);
  const [camera, setCamera] = useState<CameraState>({ kind: 'off' });

  useEffect(() => {
    onTicketRef.current = onTicket;
  }, [onTicket]);

  useEffect(
    () => () => {
      controls.current?.stop();
    },
    [],
  );

  async function start() {
    setCamera({ kind: 'starting' });
    try {
      if (!('mediaDevices' in navigator)) throw new Error('No media devices');
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      controls.current = await reader.decodeFromConstraints(
        { video: { facingMode: 'environment' } },
        video.current ?? undefined,
        (result) => {
          if (!result) return;
          const token = result.getText().trim();
          const now = Date.now();
          const previous = lastRead.current;
          if (previous?.token === token && now - previous.at < SAME_TICKET_PAUSE_MS) return;
          lastRead.current = { token, at: now };
          onTicketRef.current(token);
        },
      );
      setCamera({ kind: 'on' });
    } catch (error) {
      setCamera({ kind: 'failed', message: cameraProblem(error) });
    }
  }

  function stop() {
    controls.current?.stop();
    controls.current = null;
    setCamera({ kind: 'off' });
  }

  const running = camera.kind === 'on' || camera.kind === 'starting';
  return (
    <div className={styles.scanner}>
      <video ref={video} className={styles.video} hidden={!running} muted playsInline aria-label="Camera view" />
      {running ? (
        <Button variant="secondary" fullWidth onClick={stop}>
          Stop the camera
        </Button>
      ) : (
        <Button fullWidth onClick={() => void start()}>
          Scan tickets with the camera
        </Button>
      )}
      {camera.kind === 'on' && <p className={styles.hint}>Hold a ticket’s QR code in the frame.</p>}
      {camera.kind === 'failed' && (
        <p role="alert" className={styles.problem}>
          {camera.message}
        </p>
      )}
    </div>
  );
}
