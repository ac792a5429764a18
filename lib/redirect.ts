/**
 * The one decision about where the site may send a browser next (`?next=`, `?callbackUrl=`, a
 * form's hidden field): only a path of this site. The value is resolved against a fixed origin
 * the way a browser would, and kept only if it stays there; what is kept is the normalized path
 * and query. Refused, whatever their encoding: control characters (a browser drops tab and
 * newlines, turning "/\t/evil.example" into "//evil.example"), backslashes (browsers read "\" as
 * "/"), and anything that resolves to another origin or to a path starting with "//".
 */
const BASE = "http://same-site.invalid";

export function internalPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}`;
}
