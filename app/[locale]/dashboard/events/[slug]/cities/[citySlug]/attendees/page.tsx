// /dashboard/events/{slug}/cities/{citySlug}/attendees: a city's registrations for its organizers
// and coordinators: the settings (open, closing time in the city's clock, approval, seats per
// person, a private address), the seats counted, search, approve or decline, the spreadsheet,
// and the way to the door.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { StatusBadge } from "@/components/status-badge";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { getCityDetail } from "@/lib/data/cities";
import { listRegistrations } from "@/lib/data/registrations";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/search-params";
import { RegistrationFilters, registrationFilterOf } from "@/app/[locale]/dashboard/_components/registration-filters";
import { dateTimeSeparator, formatClock, formatDay, toWallClock } from "@/lib/time";
import { attendeeSettingsAction, decideRegistrationAction } from "@/app/[locale]/dashboard/attendee-actions";
import { AttendeeSettingsForm } from "@/app/[locale]/dashboard/_components/attendee-settings-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; citySlug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "Attendees" }))("title") };
}

export default async function AttendeesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug, citySlug } = await params;
  const base = `/dashboard/events/${slug}/cities/${citySlug}`;
  const user = await pageUser(`${base}/attendees`);
  const query = await searchParams;
  const { q, status } = registrationFilterOf(query);
  const list = await pageRead(listRegistrations(user, slug, citySlug, { q: q || undefined, status }));
  const city = await pageRead(getCityDetail(user, slug, citySlug));
  const t = await getTranslations("Attendees");
  const zone = city.timeZone;
  const when = (iso: string) => `${formatDay(new Date(iso), zone, locale)}${dateTimeSeparator(locale)}${formatClock(new Date(iso), zone, locale)}`;
  const settings = city.attendeeRegistration;
  const counts = { confirmed: list.confirmedSeats, waitlisted: list.waitlistedSeats, awaiting: list.awaitingSeats };

  return (
    <section className="narrow narrow--wide">
      <p className="breadcrumb">
        <Link href={base}>{city.name}</Link>
      </p>
      <h1>{t("heading", { city: city.name })}</h1>
      <p data-testid="attendance-counts">{list.capacity === null ? t("countsNoCapacity", counts) : t("counts", { ...counts, capacity: list.capacity })}</p>
      <p className="actions-row">
        <Link className="button button--primary" href={`${base}/door`}>
          {t("door")}
        </Link>{" "}
        <a className="button" href={`/api/v1/events/${encodeURIComponent(slug)}/cities/${encodeURIComponent(citySlug)}/registrations.csv`} download>
          {t("csv")}
        </a>
      </p>

      <details className="section card" open={!settings.open}>
        <summary>
          <h2 className="h3 inline">{t("settingsHeading")}</h2>
        </summary>
        <AttendeeSettingsForm
          action={attendeeSettingsAction.bind(null, slug, citySlug, city.version, zone)}
          initial={{
            open: settings.open,
            closesAt: settings.closesAt ? toWallClock(new Date(settings.closesAt), zone) : "",
            approval: settings.approval,
            maxSeatsPerPerson: settings.maxSeatsPerPerson,
            addressPrivate: !city.venue.addressPublic,
          }}
          labels={{
            open: t("open"),
            closesAt: t("closesAt", { zone }),
            closesAtProblem: t("problems.closesAt", { zone }),
            approval: t("approval"),
            maxSeats: t("maxSeats"),
            addressPrivate: t("addressPrivate"),
            save: t("save"),
          }}
        />
      </details>

      <RegistrationFilters filter={{ q, status }} />

      {list.registrations.length === 0 ? <p className="muted">{q || status ? t("noMatch") : t("none")}</p> : null}
      <ul className="card-list" data-testid="registrations">
        {list.registrations.map((r) => (
          <li key={r.id} className="card registration-row" data-registration={r.id} data-status={r.status}>
            <p>
              <strong>
                <bdi>{r.name}</bdi>
              </strong>{" "}
              <StatusBadge status={r.status} label={t(`statuses.${r.status}`)} /> · <bdi>{t("seats", { count: r.seats })}</bdi>
            </p>
            <p className="muted small">
              <bdi>{r.email}</bdi> · <span dir="ltr">{r.code}</span> · {t("registered", { when: when(r.createdAt) })}
              {r.checkedInAt ? <> · {t("checkedIn", { when: when(r.checkedInAt) })}</> : null}
            </p>
            {r.status === "awaiting_approval" ? (
              <div className="actions-row">
                <ActionButton action={decideRegistrationAction.bind(null, slug, citySlug, r.id, "approve")} label={t("approveLabel", { name: r.name })}>
                  {t("approve")}
                </ActionButton>
                <ActionButton
                  action={decideRegistrationAction.bind(null, slug, citySlug, r.id, "decline")}
                  label={t("declineLabel", { name: r.name })}
                  confirm={{ message: t("declineQuestion", { name: r.name }), action: t("decline"), danger: true }}
                >
                  {t("decline")}
                </ActionButton>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
