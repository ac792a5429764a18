// /dashboard: each role's own world. Coordinators: events and pending cities; organizers:
// their cities; admins: accounts (and the coordinator's view, which their role includes).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { StatusBadge } from "@/components/status-badge";
import { can } from "@/lib/auth/permissions";
import { pageUser, type SessionUser } from "@/lib/auth/guards";
import {
  coordinatorEvents,
  doorCities,
  eventsOpenForRegistration,
  listUsers,
  organizerCities,
  pendingRegistrations,
  registeredCityName,
} from "@/lib/data/dashboard";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { ReviewBoard, ReviewButtons, ReviewCheck } from "@/app/[locale]/dashboard/_components/review-buttons";
import { InviteForm } from "@/app/[locale]/dashboard/_components/invite-form";
import { AccountActions } from "@/app/[locale]/dashboard/_components/account-actions";
import { Link } from "@/lib/i18n/navigation";
import { formatDateMedium, localDateTimeLabel, timeLabel } from "@/lib/time";
import { countryName } from "@/lib/validation/common";
import { signOutAction } from "@/app/[locale]/sign-in/actions";

// Per-user: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const user = await pageUser("/dashboard");
  // The flash names a city this organizer really registered, read here, never text from the address.
  const query = await searchParams;
  const registered = await registeredCityName(user, singleParam(query.registered));
  const t = await getTranslations("Dashboard");
  const tPassword = await getTranslations("Password");
  return (
    <>
      <header className="dashboard-header">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted" data-testid="signed-in-as">
            {t("signedInAs", { name: user.name, role: t(`role.${user.role}`) })}
          </p>
          {can(user.role, "audit.read") ? (
            <p className="small">
              <Link href="/dashboard/audit">{t("auditLink")}</Link>
              {can(user.role, "speaker.manage") ? (
                <>
                  {" · "}
                  <Link href="/dashboard/speakers">{t("rosterLink")}</Link>
                </>
              ) : null}
              {can(user.role, "outbox.manage") ? (
                <>
                  {" · "}
                  <Link href="/dashboard/outbox">{t("outboxLink")}</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        <div className="dashboard-header__actions">
          <Link href="/dashboard/password" className="small">
            {tPassword("link")}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="button">
              {t("signOut")}
            </button>
          </form>
        </div>
      </header>
      {registered ? (
        <p className="form-success" role="status" data-testid="flash">
          {t("registered", { city: registered })}
        </p>
      ) : null}
      {can(user.role, "user.manage") ? <UsersSection user={user} q={singleParam(query.account)?.trim() ?? ""} /> : null}
      {can(user.role, "user.invite") ? (
        <section aria-labelledby="invite-heading" className="section">
          <h2 id="invite-heading">{t("inviteHeading")}</h2>
          <p className="muted">{t("inviteIntro")}</p>
          <div className="narrow-block">
            <InviteForm />
          </div>
        </section>
      ) : null}
      {can(user.role, "city.review") ? <PendingSection user={user} locale={locale} /> : null}
      {can(user.role, "event.update") ? <EventsSection user={user} locale={locale} /> : null}
      {user.role === "ORGANIZER" ? <DoorSection user={user} /> : null}
      {user.role === "ORGANIZER" ? <OrganizerSection user={user} locale={locale} /> : null}
      {can(user.role, "city.register") ? <RegistrationSection user={user} locale={locale} /> : null}
    </>
  );
}

async function EventsSection({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("Dashboard");
  const te = await getTranslations("Event");
  const events = await coordinatorEvents(user);
  return (
    <section aria-labelledby="events-heading" className="section">
      <h2 id="events-heading">{t("eventsHeading")}</h2>
      <p>
        <Link className="button" href="/dashboard/events/new">
          {t("newEvent")}
        </Link>
      </p>
      <div className="table-scroll" role="region" aria-labelledby="events-heading" tabIndex={0}>
        <table className="table" data-testid="events-table">
          <thead>
            <tr>
              <th scope="col">{t("event")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("starts")}</th>
              <th scope="col">{t("cities")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <th scope="row">
                  <Link href={`/dashboard/events/${event.slug}`}>{event.title}</Link>
                  <span className="muted small block">{event.slug}</span>
                </th>
                <td>
                  <StatusBadge status={event.status.toLowerCase()} label={te(`status.${event.status.toLowerCase()}`)} />
                </td>
                <td>
                  <bdi>
                    {formatDateMedium(event.startsAt, event.anchorTimeZone, locale)},{" "}
                    <span className="nowrap">{timeLabel(event.startsAt, event.anchorTimeZone, locale)}</span>
                  </bdi>
                </td>
                <td>{t("cityCounts", { approved: event.approved, pending: event.pending })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

async function PendingSection({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("Dashboard");
  const pending = await pendingRegistrations(user);
  return (
    <section aria-labelledby="pending-heading" className="section">
      <h2 id="pending-heading">{t("pendingHeading", { count: pending.length })}</h2>
      <ReviewBoard count={pending.length}>
        {pending.length === 0 ? <p className="muted">{t("noPending")}</p> : null}
        <ul className="card-list" data-testid="pending-cities">
          {pending.map((city) => (
            <li key={city.id} className="card">
              <h3>
                {city.name} <span className="muted small">{countryName(city.countryCode, locale)}</span>
              </h3>
              <p>{city.event.title}</p>
              <p className="small">
                <bdi>{localDateTimeLabel(city.event.startsAt, city.timeZone, city.timeZone, locale)}</bdi> <span className="muted">({city.timeZone})</span>
              </p>
              <p className="small muted">
                {city.venueName || t("noVenue")}
                {city.venueCapacity !== null ? ` · ${t("seats", { count: city.venueCapacity })}` : ""} ·{" "}
                {t("registeredBy", { names: city.organizers.map((o) => o.user.name).join(", ") || "—" })}
              </p>
              <p className="small">
                <Link href={`/dashboard/events/${city.event.slug}/cities/${city.slug}`}>{t("details")}</Link>
              </p>
              {pending.length > 1 ? <ReviewCheck eventSlug={city.event.slug} citySlug={city.slug} cityName={city.name} /> : null}
              <ReviewButtons eventSlug={city.event.slug} citySlug={city.slug} cityName={city.name} eventTitle={city.event.title} />
            </li>
          ))}
        </ul>
      </ReviewBoard>
    </section>
  );
}

/** The cities whose door this person keeps (a door volunteer): the way to each door page. */
async function DoorSection({ user }: { user: SessionUser }) {
  const cities = await doorCities(user);
  if (cities.length === 0) return null;
  const t = await getTranslations("Door");
  return (
    <section aria-labelledby="door-cities-heading" className="section">
      <h2 id="door-cities-heading">{t("title")}</h2>
      <ul className="card-list" data-testid="door-cities">
        {cities.map((city) => (
          <li key={`${city.event.slug}/${city.slug}`} className="card">
            <p>
              <bdi>{city.name}</bdi> · <bdi>{city.event.title}</bdi>
            </p>
            <Link className="button button--primary" href={`/dashboard/events/${city.event.slug}/cities/${city.slug}/door`}>
              {t("heading", { city: city.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function OrganizerSection({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("Dashboard");
  const tc = await getTranslations("Event");
  const cities = await organizerCities(user);
  return (
    <section aria-labelledby="my-cities-heading" className="section">
      <h2 id="my-cities-heading">{t("myCitiesHeading")}</h2>
      {cities.length === 0 ? <p className="muted">{t("noCities")}</p> : null}
      <ul className="card-list" data-testid="my-cities">
        {cities.map((city) => (
          <li key={city.id} className="card">
            <h3>
              {city.name} <StatusBadge status={city.status.toLowerCase()} label={tc(`cityStatus.${city.status.toLowerCase()}`)} />
            </h3>
            <p>{city.event.title}</p>
            <p className="small">
              {t("startsHere")}{" "}
              <bdi>
                {formatDateMedium(city.event.startsAt, city.timeZone, locale)}, {timeLabel(city.event.startsAt, city.timeZone, locale)}
              </bdi>{" "}
              <span className="muted">({city.timeZone})</span>
            </p>
            {city.rejectionReason ? <p className="small">{t("rejectionReason", { reason: city.rejectionReason })}</p> : null}
            <ul className="checklist" aria-label={t("checklist")}>
              {[
                ["venue", Boolean(city.venueName && city.venueAddress && city.venueCapacity !== null)],
                ["languages", city._count.languages > 0],
                ["program", city._count.items > 0],
              ].map(([key, done]) => (
                <li key={String(key)} className={done ? "done" : "todo"}>
                  <span aria-hidden="true">{done ? "✓" : "○"}</span> {t(`check.${key}`)}
                  <span className="visually-hidden">{done ? t("checkDone") : t("checkMissing")}</span>
                </li>
              ))}
            </ul>
            <p className="small">
              <Link href={`/dashboard/events/${city.event.slug}/cities/${city.slug}`}>{t("editVenue")}</Link>
            </p>
            {city.status === "APPROVED" && city.event.status !== "DRAFT" ? (
              <p className="small">
                <Link href={`/events/${city.event.slug}/cities/${city.slug}`}>{t("publicPage")}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

async function RegistrationSection({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("Dashboard");
  const events = await eventsOpenForRegistration(user);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="register-heading" className="section">
      <h2 id="register-heading">{t("registerHeading")}</h2>
      <ul className="card-list">
        {events.map((event) => (
          <li key={event.slug} className="card">
            <h3>{event.title}</h3>
            <p className="small">
              <bdi>
                {formatDateMedium(event.startsAt, event.anchorTimeZone, locale)}, {timeLabel(event.startsAt, event.anchorTimeZone, locale)}
              </bdi>
            </p>
            <Link className="button" href={`/dashboard/events/${event.slug}/register`}>
              {t("registerCity")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function UsersSection({ user, q }: { user: SessionUser; q: string }) {
  const viewerId = user.id;
  const t = await getTranslations("Dashboard");
  const ta = await getTranslations("Accounts");
  const users = await listUsers(user, q || undefined);
  return (
    <section aria-labelledby="users-heading" className="section">
      <h2 id="users-heading">{t("usersHeading")}</h2>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="account-q">{ta("search")}</label>
          <input id="account-q" name="account" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button">
          {ta("filter")}
        </button>
      </form>
      <p className="muted small">{ta("count", { count: users.length })}</p>
      <div className="table-scroll" role="region" aria-labelledby="users-heading" tabIndex={0}>
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("roleHeading")}</th>
              <th scope="col">{ta("cities")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>
                  <bdi>{u.email}</bdi>
                </td>
                <td>{t(`role.${u.role}`)}</td>
                <td>
                  {u.organizedCities.length
                    ? u.organizedCities.map(({ hostCity: city }) => (
                        <span key={`${city.event.slug}/${city.slug}`} className="block small">
                          <Link href={`/dashboard/events/${city.event.slug}/cities/${city.slug}`}>{city.name}</Link>{" "}
                          <span className="muted">({city.event.title})</span>
                        </span>
                      ))
                    : ta("noCities")}
                </td>
                <td>{u.disabledAt ? t("disabled") : t("active")}</td>
                <td>
                  <AccountActions userId={u.id} name={u.name} role={u.role} disabled={Boolean(u.disabledAt)} self={u.id === viewerId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
