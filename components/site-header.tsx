import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { Link } from "@/lib/i18n/navigation";

/** Static header (no session read), so public pages stay cacheable. */
export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◷
          </span>{" "}
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="nav-list">
            <li>
              <Link href="/">{t("events")}</Link>
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
