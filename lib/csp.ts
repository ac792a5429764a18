/**
 * Content-Security-Policy, in two forms (read by next.config.ts and proxy.ts):
 *
 * - The **signed-in pages** (dashboard, sign-in, sign-up, password reset, a speaker's own page) are rendered per request anyway, so
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

/** Paths (as the browser sees them, without locale) whose pages never get the static policy. */
export const NONCE_PATHS = ["dashboard", "sign-in", "sign-up", "forgot-password", "reset-password", "verify-email", "speaker", "register", "registration"];

/** The cached public pages: the home page and the event and city pages, with or without a locale. */
const PUBLIC_PAGE = /^\/(?:[a-z]{2}(?:\/|$))?(?:events(?:\/.*)?)?$/;

/**
 * Whether a page gets the per-request nonce policy: every page that is not known to be a public
 * one, decided on the path as the router will see it (decoded and lower-cased, so /%64ashboard
 * and /Dashboard are the dashboard's address too). A path that cannot be decoded gets the nonce.
 */
export function usesNonce(pathname: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(pathname).toLowerCase();
  } catch {
    return true;
  }
  return !PUBLIC_PAGE.test(path);
}

/** For the proxy's own answers (JSON errors): nothing to run, nothing to frame. */
export const ERROR_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** next.config `headers()` source: every path except the nonce paths (path-to-regexp syntax). */
export const STATIC_CSP_SOURCE = `/((?!(?:${NONCE_PATHS.join("|")})(?:/|$)).*)`;

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
