/**
 * Whether a request names another site as its Origin. Cookie-authenticated writes from
 * another site are refused (docs/contract.md): the API checks this in lib/api/handler.ts, proxy.ts
 * for server actions (Next's own check answers a bare 500). A request without Origin (a
 * script) is judged by its session alone.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}
