import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Errors");
  return (
    <section className="notice">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <p>
        <Link href="/dashboard">{t("backToDashboard")}</Link>
      </p>
    </section>
  );
}
