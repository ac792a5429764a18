// /dashboard/events/{slug}/attendees: the people registered to follow an event online (its
// coordinators): one seat each, no door; search and status as for a city's list.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { listRegistrations } from "@/lib/data/registrations";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/search-params";
import { RegistrationFilters, registrationFilterOf } from "@/app/[locale]/dashboard/_components/registration-filters";
import { dateTimeSeparator, formatClock, formatDay } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "Attendees" }))("title") };
}

export default async function OnlineAttendeesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/attendees`, { permission: "registration.read.any" });
  const query = await searchParams;
  const { q, status } = registrationFilterOf(query);
  const list = await pageRead(listRegistrations(user, slug, null, { q: q || undefined, status }));
  const t = await getTranslations("Attendees");
  const ta = await getTranslations("Attendance");
  const when = (iso: string) => `${formatDay(new Date(iso), "UTC", locale)}${dateTimeSeparator(locale)}${formatClock(new Date(iso), "UTC", locale)} UTC`;
  return (
    <section className="narrow narrow--wide">
      <p className="breadcrumb">
        <Link href={`/dashboard/events/${slug}/attendance`}>{ta("title")}</Link>
      </p>
      <h1>{ta("online", { count: list.confirmedSeats })}</h1>
      <RegistrationFilters filter={{ q, status }} />
      {list.registrations.length === 0 ? <p className="muted">{q || status ? t("noMatch") : t("none")}</p> : null}
      <ul className="card-list" data-testid="registrations">
        {list.registrations.map((r) => (
          <li key={r.id} className="card registration-row" data-status={r.status}>
            <p>
              <strong>
                <bdi>{r.name}</bdi>
              </strong>{" "}
              <StatusBadge status={r.status} label={t(`statuses.${r.status}`)} />
            </p>
            <p className="muted small">
              <bdi>{r.email}</bdi> · {t("registered", { when: when(r.createdAt) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
