// /dashboard/events/{slug}/run-sheet: one page per broadcast language, printable: each item
// with its time in the anchor zone and in UTC, and who speaks, moderates and interprets.
import { TimeRange } from "@/components/time-range";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUser, pageRead } from "@/lib/auth/guards";
import { coverage } from "@/lib/data/coverage";
import { languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDateLong, zoneAbbreviation } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "RunSheet" });
  return { title: t("title") };
}

export default async function RunSheetPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/run-sheet`, { permission: "assignment.manage" });
  const board = await pageRead(coverage(user, slug));
  const t = await getTranslations("RunSheet");
  const tc = await getTranslations("Coverage");
  const { event, rows } = board;
  const zone = event.anchorTimeZone;
  return (
    <>
      <p className="breadcrumb no-print">
        <Link href={`/dashboard/events/${slug}/coverage`}>{t("back")}</Link>
      </p>
      {event.languages.map((language, index) => {
        const name = languageName(language.code, locale);
        return (
          <section
            key={language.code}
            className={`run-sheet${index > 0 ? " run-sheet--break" : ""}`}
            aria-labelledby={`sheet-${language.code}`}
            data-language={language.code}
          >
            <h1 id={`sheet-${language.code}`}>{t("heading", { language: name })}</h1>
            <p>
              {event.title} · <bdi>{formatDateLong(event.startsAt, zone, locale)}</bdi>
            </p>
            <div className="table-scroll" role="region" aria-labelledby={`sheet-${language.code}`} tabIndex={0}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("time", { zone: zoneAbbreviation(event.startsAt, zone) })}</th>
                    <th scope="col">UTC</th>
                    <th scope="col">{t("item")}</th>
                    <th scope="col">{t("people")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ item, cells }) => {
                    const cell = cells.find((c) => c.language.code === language.code)!;
                    const people = cell.assignments.filter((a) => a.status !== "DECLINED");
                    return (
                      <tr key={item.id}>
                        <td className="clock" dir="ltr">
                          <TimeRange start={item.startsAt} end={item.endsAt} zone={zone} locale={locale} abbreviation={false} />
                        </td>
                        <td className="clock" dir="ltr">
                          <TimeRange start={item.startsAt} end={item.endsAt} zone="UTC" locale={locale} abbreviation={false} />
                        </td>
                        <td>
                          {item.title} <span className="muted small">({languageName(item.language, locale)})</span>
                        </td>
                        <td>
                          {people.length
                            ? people.map((a) => (
                                <span key={a.id} className="block">
                                  <bdi>{a.speaker.name}</bdi> · {tc(`roles.${a.role.toLowerCase()}`)}
                                  {a.status === "INVITED" ? ` (${tc("status.invited")})` : ""}
                                </span>
                              ))
                            : t("nobody")}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
