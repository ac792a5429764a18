// The attendee's registration form, for a city's venue or (with no city) an online event, in the
// language of the page they came from. No account, no JavaScript needed: the answer is always
// "check your e-mail" (lib/data/registrations.ts). Rendered by /register/{slug}[/{citySlug}].
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BrowserZoneInput } from "@/components/browser-zone-input";
import { localizedEvent } from "@/lib/data/event-json";
import { pageReads } from "@/lib/data/reads";
import { registrationIsOpen } from "@/lib/data/registrations";
import { localizedHref } from "@/lib/i18n/public-paths";
import { mailLocale } from "@/lib/mail/compose";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { dateTimeSeparator, formatDateLong, timeLabel } from "@/lib/time";
import { registerAction } from "./actions";

const PROBLEMS = new Set(["rate_limited", "validation_error", "seats", "forbidden"]);

export async function RegisterView({ slug, citySlug, negotiated, query }: { slug: string; citySlug: string | null; negotiated: string; query: SearchParams }) {
  // The language of the page they came from (else the browser's): the form and its mails speak it.
  const locale = mailLocale(singleParam(query.lang) ?? negotiated);
  const found = await pageReads.event(slug);
  const event = found && localizedEvent(found, locale);
  const city = citySlug === null ? null : event?.cities.find((c) => c.slug === citySlug);
  if (!event || event.status !== "published" || city === undefined) notFound();
  const t = await getTranslations({ locale, namespace: "Attend" });
  const settings = city ? city.attendeeRegistration : { ...event.attendeeRegistration, approval: false, maxSeatsPerPerson: 1 };
  const open = registrationIsOpen(
    { attendeeRegistrationOpen: settings.open, attendeeRegistrationClosesAt: settings.closesAt ? new Date(settings.closesAt) : null },
    { startsAt: new Date(event.startsAt) },
  );
  const zone = city?.timeZone ?? event.anchorTimeZone;
  const start = new Date(event.startsAt);
  const when = (instant: Date) => `${formatDateLong(instant, zone, locale)}${dateTimeSeparator(locale)}${timeLabel(instant, zone, locale)}`;
  const sent = singleParam(query.sent) === "1";
  const problem = singleParam(query.problem);
  const back = city ? localizedHref(locale, `/events/${event.slug}/cities/${city.slug}`) : localizedHref(locale, `/events/${event.slug}`);
  return (
    <article lang={locale} dir={locale === "fa" || locale === "ar" ? "rtl" : "ltr"} className="narrow-block">
      <nav className="breadcrumb">
        <Link href={back}>{city ? t("back", { city: city.name }) : t("backEvent")}</Link>
      </nav>
      <h1>{city ? t("heading", { event: event.title, city: city.name }) : t("headingOnline", { event: event.title })}</h1>
      <p>
        <time dateTime={event.startsAt}>
          <bdi>{when(start)}</bdi>
        </time>{" "}
        <span className="muted">({zone})</span>
      </p>
      {sent ? (
        <p role="status" className="banner">
          {t("sent")}
        </p>
      ) : null}
      {problem && PROBLEMS.has(problem) ? (
        <p role="alert" className="banner banner--bad">
          {problem === "forbidden"
            ? t("closed")
            : t(`problems.${problem as "rate_limited" | "validation_error" | "seats"}`, { max: settings.maxSeatsPerPerson })}
        </p>
      ) : null}
      {!open ? (
        <p className="banner banner--bad">{t("closed")}</p>
      ) : sent ? null : (
        <>
          <p>{city ? t("intro") : t("introOnline")}</p>
          {settings.approval ? <p className="muted">{t("approval")}</p> : null}
          {city && !city.venue.addressPublic ? <p className="muted">{t("addressPrivate")}</p> : null}
          {settings.closesAt ? <p className="muted">{t("closesAt", { when: when(new Date(settings.closesAt)) })}</p> : null}
          <form action={registerAction.bind(null, event.slug, city?.slug ?? "", locale)} className="form" data-testid="attend-form">
            <div className="field">
              <label htmlFor="attend-name">{t("name")}</label>
              <input id="attend-name" name="name" required maxLength={200} autoComplete="name" dir="auto" />
            </div>
            <div className="field">
              <label htmlFor="attend-email">{t("email")}</label>
              <input id="attend-email" name="email" type="email" required maxLength={254} autoComplete="email" dir="ltr" />
            </div>
            {city ? (
              <div className="field">
                <label htmlFor="attend-seats">{t("seats")}</label>
                <input
                  id="attend-seats"
                  name="seats"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={settings.maxSeatsPerPerson}
                  defaultValue={1}
                  required
                  aria-describedby="attend-seats-hint"
                />
                <p id="attend-seats-hint" className="muted small">
                  {t("seatsHint", { max: settings.maxSeatsPerPerson })}
                </p>
              </div>
            ) : (
              // Their own zone, so the streams' times and the reminder are said in it.
              <BrowserZoneInput name="timeZone" />
            )}
            {/* A honeypot: people never see it; robots fill it (and are answered alike, with nothing done). */}
            <div className="visually-hidden" aria-hidden="true">
              <label htmlFor="attend-website">{t("website")}</label>
              <input id="attend-website" name="website" tabIndex={-1} autoComplete="off" />
            </div>
            <button type="submit" className="button button--primary">
              {t("submit")}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
