// /registration/{token}: an attendee's registration, in the language they registered in, with the
// city's times: confirm it (a button: mail scanners open links, never press buttons), and once
// seated the venue's address, the code for the door and its QR code; change the seats, cancel,
// delete. The link in their messages; works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { doorQrSvg, eventStreams, registrationOfToken } from "@/lib/data/registrations";
import { languageName } from "@/lib/languages";
import { mailLocale } from "@/lib/mail/compose";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { dateTimeSeparator, formatClock, formatDateLong, timeLabel } from "@/lib/time";
import { localized, translationsJson } from "@/lib/translations";
import { registrationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<SearchParams> };

// Private, and the address is a key: never indexed, never sent to another site as a Referer.
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

const DONE = new Set(["confirmed", "waitlisted", "awaiting_approval", "seats", "cancelled"]);
const PROBLEMS = new Set(["forbidden", "validation_error", "stale_version"]);

export default async function RegistrationPage({ params, searchParams }: Props) {
  const { token, locale: negotiated } = await params;
  const query = await searchParams;
  const registration = await registrationOfToken(token);
  if (!registration) {
    // Deleted just now through this page: say so; any other link that opens nothing is a 404.
    if (singleParam(query.done) === "deleted") {
      const t = await getTranslations({ locale: mailLocale(negotiated), namespace: "AttendeePage" });
      return (
        <article className="narrow-block">
          <p role="status" className="banner">
            {t("deleted")}
          </p>
        </article>
      );
    }
    notFound();
  }
  // An online event's registration has no city: no venue, no door, the streams instead.
  const { event, hostCity: city } = registration;
  const locale = mailLocale(registration.locale);
  const t = await getTranslations({ locale, namespace: "AttendeePage" });
  const eventTitle = localized({ title: event.title, translations: translationsJson(event.translations) }, locale).title;
  const cityName = city ? localized({ name: city.name, translations: translationsJson(city.translations) }, locale).name : null;
  const status = registration.status.toLowerCase() as "unconfirmed" | "awaiting_approval" | "confirmed" | "waitlisted" | "declined" | "cancelled";
  const zone = city?.timeZone ?? registration.timeZone ?? event.anchorTimeZone;
  const slot = `${formatDateLong(event.startsAt, zone, locale)}${dateTimeSeparator(locale)}${formatClock(event.startsAt, zone, locale)}–${timeLabel(event.endsAt, zone, locale)} (${zone})`;
  const done = singleParam(query.done);
  const problem = singleParam(query.problem);
  const live = status !== "cancelled" && status !== "declined" && event.status !== "CANCELLED";
  const action = (name: "confirm" | "seats" | "cancel" | "delete") => registrationAction.bind(null, token, name);
  const qr = status === "confirmed" && city ? await doorQrSvg(event.slug, city.slug, registration.code) : null;
  const streams = status === "confirmed" && !city ? await eventStreams(event.id) : [];
  return (
    <article lang={locale} dir={locale === "fa" || locale === "ar" ? "rtl" : "ltr"} className="narrow-block" data-status={status}>
      <h1>{t("title", { name: registration.name })}</h1>
      <p>
        <bdi>{eventTitle}</bdi>
        {cityName ? (
          <>
            {" · "}
            <bdi>{cityName}</bdi>
          </>
        ) : null}
      </p>
      <p>
        <time dateTime={event.startsAt.toISOString()}>
          <bdi>{t("when", { slot })}</bdi>
        </time>
      </p>
      {done && DONE.has(done) ? (
        <p role="status" className="banner">
          {t(`done.${done as "confirmed"}`)}
        </p>
      ) : null}
      {problem && PROBLEMS.has(problem) ? (
        <p role="alert" className="banner banner--bad">
          {t(`problems.${problem as "forbidden"}`)}
        </p>
      ) : null}
      {event.status === "CANCELLED" ? <p className="banner banner--bad">{t("eventCancelled")}</p> : null}
      <section className="card">
        <p>
          <strong>{t(`status.${status}`)}</strong>
          {city ? (
            <>
              {" · "}
              <bdi>{t("seats", { count: registration.seats })}</bdi>
            </>
          ) : null}
        </p>
        {status === "unconfirmed" && live ? (
          <form action={action("confirm")}>
            <p>{t("confirmIntro")}</p>
            <button type="submit" className="button button--primary">
              {t("confirm")}
            </button>
          </form>
        ) : null}
      </section>
      {status === "confirmed" && live && !city && streams.length ? (
        <section className="card" aria-labelledby="streams-heading">
          <h2 id="streams-heading" className="h3">
            {t("streams")}
          </h2>
          <ul className="plain-list">
            {streams.map((stream) => (
              <li key={stream.language}>
                <a href={stream.url} rel="noopener">
                  {languageName(stream.language, locale)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {status === "confirmed" && live && city ? (
        <>
          <section className="card" aria-labelledby="venue-heading">
            <h2 id="venue-heading" className="h3">
              {t("venue")}
            </h2>
            <p dir="auto">{city.venueName}</p>
            {city.venueAddress ? (
              <p dir="auto">
                {t("address")}: <bdi>{city.venueAddress}</bdi>
              </p>
            ) : null}
            {!city.venueAddressPublic ? <p className="muted small">{t("addressPrivate")}</p> : null}
          </section>
          <section className="card door-code" aria-labelledby="door-heading">
            <h2 id="door-heading" className="h3">
              {t("door")}
            </h2>
            <p className="door-code__text" dir="ltr">
              {registration.code}
            </p>
            {/* Our own SVG (the qrcode library's output): no script, no link. */}
            <div className="door-code__qr" role="img" aria-label={registration.code} dangerouslySetInnerHTML={{ __html: qr ?? "" }} />
            <p className="muted small">{t("doorHint")}</p>
          </section>
        </>
      ) : null}
      {live ? (
        <section className="card">
          {city ? (
            <form action={action("seats")} className="form form--inline">
              <div className="field">
                <label htmlFor="registration-seats">{t("changeSeats")}</label>
                <input
                  id="registration-seats"
                  name="seats"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={city.maxSeatsPerPerson}
                  defaultValue={registration.seats}
                  required
                />
              </div>
              <button type="submit" className="button">
                {t("saveSeats")}
              </button>
            </form>
          ) : null}
          <details>
            <summary className="button">{t("cancelOpen")}</summary>
            <form action={action("cancel")}>
              <p className="muted small">{t("cancelHint")}</p>
              <button type="submit" className="button button--danger">
                {t("cancel")}
              </button>
            </form>
          </details>
        </section>
      ) : null}
      <details>
        <summary className="button">{t("deleteOpen")}</summary>
        <form action={action("delete")}>
          <p className="muted small">{t("deleteHint")}</p>
          <button type="submit" className="button button--danger">
            {t("delete")}
          </button>
        </form>
      </details>
    </article>
  );
}
