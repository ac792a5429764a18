/**
 * Interface languages. URLs carry no locale (/events/x for everyone): proxy.ts picks the
 * locale from the remembered choice (cookie), else Accept-Language, else English, and
 * rewrites to the internal app/[locale] segment, so each locale's page is rendered once
 * and cached, never made dynamic by reading headers in the page.
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
