"use client";
/**
 * The language switcher on every page: plain links (they work without JavaScript) through
 * /api/locale, which remembers the choice in a cookie and comes back to this page (a public
 * page: to its address in the chosen language).
 */
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { localizedHref, localizedPublicPath } from "@/lib/i18n/public-paths";
import { INTERFACE_LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

const NAMES = INTERFACE_LOCALES.map((code) => [code, LOCALE_NAMES[code]] as const);

export function LocaleSwitcher() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const pathname = usePathname();
  // A public page's address names its language: switching goes to the same page in the other one.
  const publicPage = localizedPublicPath(pathname);
  const next = (code: string) => (publicPage ? localizedHref(code, publicPage.path) : pathname);
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
              <a href={`/api/locale?lang=${code}&next=${encodeURIComponent(next(code))}`} lang={code} hrefLang={code}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
