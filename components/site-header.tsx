import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/public-paths";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { Link } from "@/lib/i18n/navigation";

/** Static header (no session read), so public pages stay cacheable. */
export async function SiteHeader() {
  const t = await getTranslations("Layout");
  // The events page in this language: public pages are addressed by language.
  const home = localizedHref(await getLocale(), "/");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <NextLink href={home} className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◷
          </span>{" "}
          {t("brand")}
        </NextLink>
        <nav aria-label={t("mainNav")}>
          <ul className="nav-list">
            <li>
              <NextLink href={home}>{t("events")}</NextLink>
            </li>
            <li>
              <Link href="/dashboard">{t("dashboard")}</Link>
            </li>
          </ul>
        </nav>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
