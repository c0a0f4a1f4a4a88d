const whole = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

export function count(value: number): string {
  return whole.format(value);
}

/** A share from 0 to 1 as "42%", or a dash while there is nothing to divide by. */
export function share(value: number | undefined): string {
  return value === undefined ? '—' : percent.format(value);
}

/** Seconds as the largest sensible unit: "45 s", "12 min", "3.5 h", "2.1 days". */
export function duration(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

/** "SEND_CARD" as "Send card". */
export function kindLabel(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
