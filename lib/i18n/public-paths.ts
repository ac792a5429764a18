/**
 * Public pages are addressed by language (/fa/events/{slug}): the address alone decides the
 * language, so any shared cache can keep a page without looking at cookies. The bare address
 * (/events/{slug}) redirects to the reader's language. Signed-in pages keep their addresses.
 */
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";

/** "/", "/events/x" and "/events/x/cities/y": the public pages, without a language. */
const PUBLIC = /^\/(?:events\/[^/]+(?:\/cities\/[^/]+)?\/?)?$/;
const LOCALIZED = new RegExp(`^/(${INTERFACE_LOCALES.join("|")})(/.*)?$`);

/** Whether `path` (no language) is a public page. */
export function isPublicPath(path: string): boolean {
  return PUBLIC.test(path);
}

/** `/fa/events/x` -> { locale: "fa", path: "/events/x" } for a localized public page; else null. */
export function localizedPublicPath(pathname: string): { locale: InterfaceLocale; path: string } | null {
  const match = LOCALIZED.exec(pathname);
  if (!match) return null;
  const path = match[2] || "/";
  return isPublicPath(path) ? { locale: match[1] as InterfaceLocale, path } : null;
}

/** A public page's address in `locale`: "/fa/events/x" (the home page: "/fa"). */
export function localizedHref(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The reader's language for a bare public address: the remembered choice (cookie), else the
 * first of Accept-Language's languages (by q) that the interface speaks, else English.
 */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): InterfaceLocale {
  const known = (tag: string | undefined) => INTERFACE_LOCALES.find((locale) => tag?.toLowerCase().split("-")[0] === locale);
  const remembered = known(cookie);
  if (remembered) return remembered;
  const asked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of asked) {
    const locale = known(tag);
    if (locale) return locale;
  }
  return "en";
}

/** A public page's canonical address and its other languages (`<link rel="alternate" hreflang>`), x-default the bare one. */
export function publicAlternates(locale: string, path: string) {
  return {
    canonical: localizedHref(locale, path),
    languages: { ...Object.fromEntries(INTERFACE_LOCALES.map((code) => [code, localizedHref(code, path)])), "x-default": path },
  };
}
