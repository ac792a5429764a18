// /events/{slug}: the event, its start in the anchor zone, in the viewer's zone and in
// every approved host city. Cached; invalidated when the event changes.
import { languageName } from "@/lib/languages";
import { publicBaseUrl } from "@/lib/env";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { EventStatusLine, EventWhen, OrganizedBy } from "@/components/event-heading";
import { StreamList } from "@/components/stream-list";
import { AddToCalendar } from "@/components/add-to-calendar";
import { JsonLd } from "@/components/json-ld";
import { eventJsonLd } from "@/lib/export/json-ld";
import { ProgramList } from "@/components/program-list";
import { sharedProgram, programListItems } from "@/lib/program-view";
import { ViewerZonePicker } from "@/components/viewer-zone";
import { zoneOptionsFor } from "@/lib/time/zone-options";
import { localizedEvent } from "@/lib/data/event-json";
import { textLang } from "@/lib/translations";
import { pageReads } from "@/lib/data/reads";
import Link from "next/link";
import { localizedHref, publicAlternates } from "@/lib/i18n/public-paths";
import { countryName } from "@/lib/validation/common";
import { localDate, localDateTimeLabel } from "@/lib/time";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const found = await pageReads.event(slug);
  const event = found && localizedEvent(found, locale);
  if (!event) return {};
  return {
    title: event.title,
    description: event.summary,
    alternates: publicAlternates(locale, `/events/${slug}`),
    openGraph: { title: event.title, description: event.summary, images: event.imageUrl ?? undefined },
  };
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const found = await pageReads.event(slug);
  if (!found) notFound();
  // The event's texts in the reader's language where translated; the rest says which language it is in.
  const event = localizedEvent(found, locale);
  // The reader's language's own feed where the event broadcasts it (its texts translated).
  const feedPrefix = event.languages.some((l) => l.code === locale) ? `/${locale}` : "";
  const textIn = (record: Parameters<typeof textLang>[0], field: string) => textLang(record, field, locale, event.contentLanguage);
  const t = await getTranslations("Event");
  const start = new Date(event.startsAt);
  const program = sharedProgram(await pageReads.program(slug));
  const languageNames = Object.fromEntries(event.languages.map((l) => [l.code, languageName(l.code, locale)]));
  // The picker starts with this event's zones (named in the reader's language); the rest load when opened.
  const zoneChoices = zoneOptionsFor([event.anchorTimeZone, ...event.cities.map((c) => c.timeZone)], locale, start);

  return (
    <article className="event">
      <JsonLd data={eventJsonLd(event, publicBaseUrl() ?? "", program)} />
      {event.status === "cancelled" ? (
        <p className="banner banner--bad" role="status">
          {t("cancelledBanner")}
        </p>
      ) : null}
      <header className="event__header">
        <h1 {...textIn(event, "title")}>{event.title}</h1>
        <EventStatusLine event={event} />
        <OrganizedBy event={event} />
        <EventWhen event={event} zone={event.anchorTimeZone} zoneName={event.anchorTimeZone} locale={locale} />
        <ViewerZonePicker options={zoneChoices} date={localDate(start, "UTC")} locale={locale} />
        <AddToCalendar
          feed={`${feedPrefix}/events/${event.slug}/calendar.ics`}
          entry={{ title: event.title, startsAt: event.startsAt, endsAt: event.endsAt }}
          origin={publicBaseUrl() ?? null}
          page={`/events/${event.slug}`}
        />
      </header>

      {event.summary ? (
        <p className="lead" {...textIn(event, "summary")}>
          {event.summary}
        </p>
      ) : null}

      <section aria-labelledby="cities-heading" className="section">
        <h2 id="cities-heading">{t("citiesHeading", { count: event.cities.length })}</h2>
        {event.cities.length === 0 ? (
          <p className="muted">{event.attendanceMode === "online" ? t("onlineOnly") : t("noCities")}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="cities-heading" tabIndex={0}>
            <table className="table table--stack" data-testid="city-table">
              <caption className="visually-hidden">{t("citiesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("city")}</th>
                  <th scope="col">{t("localStart")}</th>
                  <th scope="col">{t("venue")}</th>
                </tr>
              </thead>
              <tbody>
                {event.cities.map((city) => (
                  <tr key={city.slug} data-city={city.slug}>
                    <th scope="row">
                      <Link href={localizedHref(locale, `/events/${event.slug}/cities/${city.slug}`)} {...textIn(city, "name")}>
                        {city.name}
                      </Link>
                      <span className="muted small block">{countryName(city.countryCode, locale)}</span>
                    </th>
                    <td>
                      <time dateTime={city.localStart} className="clock">
                        <bdi>{localDateTimeLabel(start, city.timeZone, event.anchorTimeZone, locale)}</bdi>
                      </time>
                      <span className="muted small block">{city.timeZone}</span>
                    </td>
                    <td>
                      {city.venue.name}
                      {city.venue.address ? <span className="muted small block">{city.venue.address}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {program.length ? (
        <section aria-labelledby="program-heading" className="section">
          <h2 id="program-heading">{t("programHeading")}</h2>
          <ProgramList
            items={programListItems(program, languageNames, { locale, contentLanguage: event.contentLanguage })}
            zone={event.anchorTimeZone}
            locale={locale}
            followViewer
          />
        </section>
      ) : null}

      {event.status === "published" && event.attendeeRegistration.open && new Date(event.startsAt) > new Date() ? (
        <section aria-labelledby="online-heading" className="section card">
          <h2 id="online-heading">{t("onlineHeading")}</h2>
          <p>{t("onlineIntro")}</p>
          {/* A page of its own (rendered per request): this one is cached as it is. */}
          <p>
            <a className="button button--primary" href={`/register/${encodeURIComponent(event.slug)}?lang=${locale}`}>
              {t("onlineRegister")}
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="languages-heading" className="section">
        <h2 id="languages-heading">{t("languagesHeading")}</h2>
        <StreamList languages={event.languages} locale={locale} watchLabel={t("watchStream")} soonLabel={t("streamSoon")} />
      </section>
    </article>
  );
}
