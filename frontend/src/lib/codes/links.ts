/**
 * What Rounds' QR codes carry: a link to this app (`/t/{ticket}`, `/c/{connect code}`), so a phone's own camera
 * opens Rounds, while Rounds' scanners read the secret back out of the link.
 */
export type CodeKind = 't' | 'c';

export function codeLink(kind: CodeKind, secret: string): string {
  return `${window.location.origin}/${kind}/${encodeURIComponent(secret)}`;
}

/** The secret in a scanned or pasted Rounds link of that kind; anything else is passed on as it is. */
export function secretOf(kind: CodeKind, scanned: string): string {
  const text = scanned.trim();
  try {
    const url = new URL(text);
    const match = new RegExp(`^/${kind}/([^/]+)/?$`).exec(url.pathname);
    if (match?.[1]) return decodeURIComponent(match[1]);
  } catch {
    // Not a link: a bare code.
  }
  return text;
}
