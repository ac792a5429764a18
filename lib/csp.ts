/**
 * Content-Security-Policy, in two forms (read by next.config.ts and proxy.ts):
 *
 * - The **signed-in pages** (dashboard, sign-in, sign-up) are rendered per request anyway, so
 *   each response gets a fresh nonce: only scripts and styles carrying it run, and
 *   'strict-dynamic' lets Next's own chunks load from them. An injected <script> or inline
 *   handler does not run there, even from this site.
 * - Everything else (the cached public pages, the API, feeds, files) gets one static policy
 *   so the pages stay cacheable for everyone: sources limited to this site, no plugins, no
 *   framing, no foreign form targets. Next inlines each page's payload in <script> tags whose
 *   text differs per page and per deploy, so no fixed list of hashes can name them: inline
 *   scripts stay allowed there (the public pages have no forms and show no one's input
 *   unescaped).
 */

const COMMON = [
  "default-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const STATIC_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'"].join("; ");

/** The per-request policy of the signed-in pages. Development adds 'unsafe-eval' (React's dev tools need it). */
export function nonceCsp(nonce: string, development = false): string {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return [...COMMON, script, `style-src 'self' 'nonce-${nonce}'`].join("; ");
}

/** Paths (as the browser sees them, without locale) whose pages carry a nonce. */
export const NONCE_PATHS = ["dashboard", "sign-in", "sign-up"];

export function usesNonce(pathname: string): boolean {
  return NONCE_PATHS.some((path) => pathname === `/${path}` || pathname.startsWith(`/${path}/`));
}

/** next.config `headers()` source: every path except the nonce paths (path-to-regexp syntax). */
export const STATIC_CSP_SOURCE = `/((?!(?:${NONCE_PATHS.join("|")})(?:/|$)).*)`;

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
