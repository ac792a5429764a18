/**
 * Interface languages. Signed-in pages' URLs carry no locale (/dashboard for everyone): proxy.ts
 * picks it from the remembered choice (cookie), else Accept-Language, else English, and rewrites
 * to the internal app/[locale] segment. Public pages are addressed by language instead
 * (/fa/events/x, lib/i18n/public-paths.ts), so each is rendered once and cached as it is.
 */
import { defineRouting } from "next-intl/routing";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";

export const routing = defineRouting({
  locales: INTERFACE_LOCALES,
  defaultLocale: "en",
  localePrefix: "never",
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});

export type Locale = (typeof routing.locales)[number];
