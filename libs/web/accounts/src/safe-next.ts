/**
 * Where to go after signing in. Only paths on this site: "//evil.example" and
 * "https://..." would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(next)}`;
}
