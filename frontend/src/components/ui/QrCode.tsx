import QRCode from 'qrcode';
import { useMemo } from 'react';
import styles from './QrCode.module.css';

/** Modules of blank margin around the code, which scanners need to find it (the standard asks for 4). */
const QUIET_ZONE = 4;

/** One SVG path drawing every dark module, row by row, merging runs into single rectangles. */
function modulesPath(token: string): { size: number; path: string } {
  const { modules } = QRCode.create(token, { errorCorrectionLevel: 'M' });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, path: commands.join('') };
}

/**
 * A code (a door ticket, a connect code) as a QR code. Drawn as crisp SVG (no canvas), black on white whatever the theme,
 * at least 240 px wide so a phone camera reads it from arm's length.
 */
export function QrCode({ token, label }: { token: string; label: string }) {
  const { size, path } = useMemo(() => modulesPath(token), [token]);
  return (
    <svg
      role="img"
      aria-label={label}
      className={styles.code}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
