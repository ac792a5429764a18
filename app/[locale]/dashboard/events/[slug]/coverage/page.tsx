// /dashboard/events/{slug}/coverage: program items x broadcast languages; who speaks,
// moderates and interprets each, with gaps and conflicts highlighted (coordinators).
import { TimeRange } from "@/components/time-range";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUser, pageRead } from "@/lib/auth/guards";
import { assignableSpeakers } from "@/lib/data/speakers";
import { coverage } from "@/lib/data/coverage";
import { languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { CoverageCell } from "@/app/[locale]/dashboard/_components/coverage-cell";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Coverage" });
  return { title: t("title") };
}

export default async function CoveragePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/coverage`, { permission: "assignment.manage" });
  const board = await pageRead(coverage(user, slug));
  const t = await getTranslations("Coverage");
  const { event, rows } = board;
  const zone = event.anchorTimeZone;
  const roster = await assignableSpeakers(user);
  const gaps = rows.reduce((n, row) => n + row.cells.filter((c) => c.gap).length, 0);
  const conflicts = rows.reduce((n, row) => n + row.cells.filter((c) => c.conflict).length, 0);

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/dashboard/events/${slug}`}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { event: event.title })}</h1>
      <p className="muted">
        {t("summary", { gaps, conflicts, zone })} · <Link href={`/dashboard/events/${slug}/run-sheet`}>{t("runSheet")}</Link> ·{" "}
        <Link href="/dashboard/speakers">{t("roster")}</Link>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="board-caption" tabIndex={0}>
        <table className="table board" data-testid="coverage-board">
          <caption id="board-caption" className="visually-hidden">
            {t("caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("item")}</th>
              {event.languages.map((l) => (
                <th key={l.code} scope="col">
                  {languageName(l.code, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ item, cells }) => (
              <tr key={item.id} data-item-title={item.title}>
                <th scope="row">
                  <span className="clock">
                    <bdi dir="ltr">
                      <TimeRange start={item.startsAt} end={item.endsAt} zone={zone} locale={locale} />
                    </bdi>
                  </span>
                  <span className="block">{item.title}</span>
                  <span className="muted small">{t("onStage", { language: languageName(item.language, locale) })}</span>
                </th>
                {cells.map((cell) => (
                  <td
                    key={cell.language.code}
                    className={`board__cell${cell.gap ? " board__cell--gap" : ""}${cell.conflict ? " board__cell--conflict" : ""}`}
                    data-language={cell.language.code}
                  >
                    {cell.gap ? <span className="gap-label">{t("gap")}</span> : null}
                    <CoverageCell
                      eventSlug={slug}
                      itemId={item.id}
                      itemTitle={item.title}
                      language={{ code: cell.language.code, name: languageName(cell.language.code, locale) }}
                      assignments={cell.assignments.map((a) => ({
                        id: a.id,
                        name: a.speaker.name,
                        role: a.role.toLowerCase(),
                        status: a.status.toLowerCase(),
                        conflicts: a.conflicts,
                      }))}
                      speakers={roster.map((s) => ({ id: s.id, name: s.name, speaks: s.languages.includes(cell.language.code) }))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
