// A city's readiness checks, ticked or crossed, with words for screen readers: the console's city
// rows and the organizer's "on the day" panel show the same list.
import { getTranslations } from "next-intl/server";
import { READINESS_CHECKS, type ReadinessCheck } from "@/lib/data/readiness";

export async function ReadinessChecks({ passes }: { passes: Record<ReadinessCheck, boolean> }) {
  const t = await getTranslations("Console");
  return (
    <ul className="checks">
      {READINESS_CHECKS.map((check) => (
        <li key={check} className={passes[check] ? "check check--ok" : "check check--missing"}>
          <span aria-hidden="true">{passes[check] ? "✓" : "✗"}</span> {t(`checks.${check}`)}
          <span className="visually-hidden">{passes[check] ? t("done") : t("missing")}</span>
        </li>
      ))}
    </ul>
  );
}
