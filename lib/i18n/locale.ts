import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The locale of a page from its route params, set for next-intl's static rendering.
 * Anything that is not one of ours is a 404, never passed on to Intl, which throws on
 * malformed tags.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  // Paths with a dot skip proxy.ts (/favicon.ico, /wp-login.php) and land here as a
  // "locale": answer 404 instead of letting Intl throw on a malformed tag.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
