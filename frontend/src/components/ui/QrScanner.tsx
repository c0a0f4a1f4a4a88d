import type { IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import styles from './QrScanner.module.css';

/** The same code held in front of the camera is reported once in this many milliseconds. */
const SAME_CODE_PAUSE_MS = 4000;

type CameraState = { kind: 'off' } | { kind: 'starting' } | { kind: 'on' } | { kind: 'failed'; message: string };

function cameraProblem(error: unknown, fallback: string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError') {
    return `The camera was not allowed. Allow it in the browser’s site settings, or ${fallback}.`;
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found on this device.';
  if (name === 'NotReadableError') return 'The camera is in use by another app. Close it and try again.';
  if (!window.isSecureContext) return 'The camera needs a secure (https) connection to Rounds.';
  return `The camera could not be started. Instead, ${fallback}.`;
}

interface QrScannerProps {
  /** What the start button says: "Scan tickets with the camera". */
  startLabel: string;
  /** Shown while the camera runs: "Hold a ticket’s QR code in the frame." */
  hint: string;
  /** What to do without a camera, ending a sentence: "check people in by name". */
  fallback: string;
  onCode: (code: string) => void;
}

/**
 * Reads QR codes with the device's camera (the back one on a phone), using ZXing, which is loaded
 * only when scanning starts. Each code read is passed on once; holding it up longer does not repeat it.
 */
export function QrScanner({ startLabel, hint, fallback, onCode }: QrScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const lastRead = useRef<{ code: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  const [camera, setCamera] = useState<CameraState>({ kind: 'off' });

  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

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
          const code = result.getText().trim();
          const now = Date.now();
          const previous = lastRead.current;
          if (previous?.code === code && now - previous.at < SAME_CODE_PAUSE_MS) return;
          lastRead.current = { code, at: now };
          onCodeRef.current(code);
        },
      );
      setCamera({ kind: 'on' });
    } catch (error) {
      setCamera({ kind: 'failed', message: cameraProblem(error, fallback) });
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
          {startLabel}
        </Button>
      )}
      {camera.kind === 'on' && <p className={styles.hint}>{hint}</p>}
      {camera.kind === 'failed' && (
        <p role="alert" className={styles.problem}>
          {camera.message}
        </p>
      )}
    </div>
  );
}
