// /dashboard/audit: who changed what, when, before and after (coordinators and admins).
import type { Metadata } from "next";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/guards";
import { auditEventChoices } from "@/lib/data/dashboard";
import { listAudit } from "@/lib/data/audit";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDateMedium, timeLabel, toLocalIso } from "@/lib/time";
import { auditPresenter } from "@/app/[locale]/dashboard/audit/present";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const TYPES = ["HostCity", "ProgramItem", "Event", "User"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const user = await pageUser("/dashboard/audit", { permission: "audit.read" });
  const query = await searchParams;
  const eventSlug = singleParam(query.event);
  const type = singleParam(query.type);
  const t = await getTranslations("Audit");
  const say = await auditPresenter(locale);
  const [entries, events] = await Promise.all([
    listAudit(user, { eventSlug: eventSlug || undefined, entityType: TYPES.includes(type ?? "") ? type : undefined }),
    auditEventChoices(user),
  ]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="filter-event">{t("event")}</label>
          <select id="filter-event" name="event" defaultValue={eventSlug ?? ""}>
            <option value="">{t("allEvents")}</option>
            {events.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t("type")}</label>
          <select id="filter-type" name="type" defaultValue={type ?? ""}>
            <option value="">{t("allTypes")}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("filter")}
        </button>
      </form>
      {entries.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <ol className="audit-list" data-testid="audit-list">
        {entries.map((entry) => (
          <li key={entry.id} className="card">
            <p className="small muted">
              <time dateTime={toLocalIso(entry.at, entry.zone)}>
                <bdi>
                  {formatDateMedium(entry.at, entry.zone, locale)}, {timeLabel(entry.at, entry.zone, locale)}
                </bdi>
              </time>{" "}
              · {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("deletedUser")}
            </p>
            <p>
              <strong>{say.action(entry.action)}</strong>
              {entry.subject ? (
                <>
                  {" "}
                  <bdi>{entry.subject}</bdi>
                </>
              ) : null}
            </p>
            {entry.changes.length ? (
              <div className="table-scroll">
                <table className="table table--compact">
                  <thead>
                    <tr>
                      <th scope="col">{t("field")}</th>
                      <th scope="col">{t("before")}</th>
                      <th scope="col">{t("after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.field}>
                        <th scope="row">{say.field(change.field)}</th>
                        <td>
                          <bdi>{say.value(change.field, change.before, entry.zone)}</bdi>
                        </td>
                        <td>
                          <bdi>{say.value(change.field, change.after, entry.zone)}</bdi>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
