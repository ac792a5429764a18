"use client";
/**
 * The language switcher on every page: plain links (they work without JavaScript) through
 * /api/locale, which remembers the choice in a cookie and comes back to this page.
 */
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";
import { INTERFACE_LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

const NAMES = INTERFACE_LOCALES.map((code) => [code, LOCALE_NAMES[code]] as const);

export function LocaleSwitcher() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("languageNav")} className="locale-switcher">
      <ul>
        {NAMES.map(([code, name]) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" lang={code}>
                {name}
              </span>
            ) : (
              <a href={`/api/locale?lang=${code}&next=${encodeURIComponent(pathname)}`} lang={code} hrefLang={code}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
