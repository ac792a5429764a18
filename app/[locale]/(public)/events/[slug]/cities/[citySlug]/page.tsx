// /events/{slug}/cities/{citySlug}: one host city, everything in the city's own zone.
import { languageName } from "@/lib/languages";
import { publicBaseUrl } from "@/lib/env";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { EventStatusLine, EventWhen } from "@/components/event-heading";
import { StreamList } from "@/components/stream-list";
import { AddToCalendar } from "@/components/add-to-calendar";
import { JsonLd } from "@/components/json-ld";
import { eventJsonLd } from "@/lib/export/json-ld";
import { ProgramList } from "@/components/program-list";
import { localizedEvent } from "@/lib/data/event-json";
import { textLang } from "@/lib/translations";
import { programForCity, programListItems } from "@/lib/program-view";
import { pageReads } from "@/lib/data/reads";
import Link from "next/link";
import { localizedHref, publicAlternates } from "@/lib/i18n/public-paths";
import { countryName } from "@/lib/validation/common";

type Props = { params: Promise<{ locale: string; slug: string; citySlug: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** The event and the city, their texts in the reader's language where translated. */
async function load(slug: string, citySlug: string, locale: string) {
  const found = await pageReads.event(slug);
  const event = found && localizedEvent(found, locale);
  const city = event?.cities.find((c) => c.slug === citySlug);
  return event && city ? { event, city } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, citySlug, locale } = await params;
  const found = await load(slug, citySlug, locale);
  return found
    ? {
        title: `${found.city.name}: ${found.event.title}`,
        description: found.event.summary,
        alternates: publicAlternates(locale, `/events/${slug}/cities/${citySlug}`),
        openGraph: { title: `${found.city.name}: ${found.event.title}`, description: found.event.summary, images: found.event.imageUrl ?? undefined },
      }
    : {};
}

export default async function CityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, citySlug } = await params;
  const found = await load(slug, citySlug, locale);
  if (!found) notFound();
  const { event, city } = found;
  const textIn = (record: Parameters<typeof textLang>[0], field: string) => textLang(record, field, locale, event.contentLanguage);
  const t = await getTranslations("City");
  const te = await getTranslations("Event");
  const languages = event.languages.filter((l) => city.languages.includes(l.code));
  const program = programForCity(await pageReads.program(slug), city.slug);

  return (
    <article className="event">
      <JsonLd data={eventJsonLd(event, publicBaseUrl() ?? "", program, city)} />
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href={localizedHref(locale, `/events/${event.slug}`)}>{event.title}</Link>
      </nav>
      {event.status === "cancelled" ? (
        <p className="banner banner--bad" role="status">
          {te("cancelledBanner")}
        </p>
      ) : null}
      <header className="event__header">
        <h1 {...textIn(city, "name")}>{t("heading", { city: city.name })}</h1>
        <p className="muted" {...textIn(event, "title")}>
          {event.title}
        </p>
        <EventStatusLine event={event} />
        <EventWhen event={event} zone={city.timeZone} zoneName={city.timeZone} locale={locale} city={city.slug} />
        <AddToCalendar
          feed={`${event.languages.some((l) => l.code === locale) ? `/${locale}` : ""}/events/${event.slug}/cities/${city.slug}/calendar.ics`}
          entry={{
            title: `${event.title} (${city.name})`,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            location: [city.venue.name, city.name].filter(Boolean).join(", "),
          }}
          origin={publicBaseUrl() ?? null}
          page={`/events/${event.slug}/cities/${city.slug}`}
        />
      </header>

      <section aria-labelledby="venue-heading" className="section card">
        <h2 id="venue-heading">{t("venueHeading")}</h2>
        <p className="venue-name" dir="auto">
          {city.venue.name}
        </p>
        {city.venue.address ? <p dir="auto">{city.venue.address}</p> : null}
        {!city.venue.addressPublic ? <p className="muted small">{t("addressPrivate")}</p> : null}
        <p className="muted">{countryName(city.countryCode, locale)}</p>
        <dl className="facts">
          {city.venue.capacity !== null ? (
            <>
              <dt>{t("capacity")}</dt>
              <dd>{new Intl.NumberFormat(locale).format(city.venue.capacity)}</dd>
            </>
          ) : null}
          {city.venue.accessibility ? (
            <>
              <dt>{t("accessibility")}</dt>
              <dd {...textIn(city, "venue.accessibility")}>{city.venue.accessibility}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {event.status === "published" && city.attendeeRegistration.open && new Date(event.startsAt) > new Date() ? (
        <section aria-labelledby="attend-heading" className="section card">
          <h2 id="attend-heading">{t("attendHeading")}</h2>
          <p>{t("attendOpen")}</p>
          {city.attendeeRegistration.approval ? <p className="muted small">{t("attendApproval")}</p> : null}
          {/* A page of its own (rendered per request): this one is cached as it is. */}
          <p>
            <a className="button button--primary" href={`/register/${encodeURIComponent(event.slug)}/${encodeURIComponent(city.slug)}?lang=${locale}`}>
              {t("attendButton")}
            </a>
          </p>
        </section>
      ) : null}

      {program.length ? (
        <section aria-labelledby="program-heading" className="section">
          <h2 id="program-heading">{t("programHeading")}</h2>
          <ProgramList
            items={programListItems(program, Object.fromEntries(event.languages.map((l) => [l.code, languageName(l.code, locale)])), {
              locale,
              contentLanguage: event.contentLanguage,
            })}
            zone={city.timeZone}
            locale={locale}
            localLabel={t("localItem", { city: city.name })}
          />
        </section>
      ) : null}

      <section aria-labelledby="city-languages-heading" className="section">
        <h2 id="city-languages-heading">{t("languagesHeading")}</h2>
        <StreamList languages={languages} locale={locale} watchLabel={te("watchStream")} />
      </section>
    </article>
  );
}
