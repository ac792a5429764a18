// /: upcoming and past published events, each with its start in the anchor zone and in
// the viewer's zone (computed in the browser).
import { localized, textLang } from "@/lib/translations";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { StatusBadge } from "@/components/status-badge";
import { ViewerTime } from "@/components/viewer-time";
import { pageReads } from "@/lib/data/reads";
import type { EventSummaryJson } from "@/lib/data/event-json";
import Link from "next/link";
import { localizedHref, publicAlternates } from "@/lib/i18n/public-paths";
import type { Metadata } from "next";
import { formatDateMedium, timeLabel } from "@/lib/time";

type Props = { params: Promise<{ locale: string }> };

export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: publicAlternates(locale, "/") };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Home");
  const events = await pageReads.events();
  // Rendered at most `revalidate` seconds ago; an event moves to "past" when it ends.
  const now = Date.now();
  const upcoming = events.filter((e) => new Date(e.endsAt).getTime() > now).reverse();
  const past = events.filter((e) => new Date(e.endsAt).getTime() <= now);

  return (
    <>
      <header className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <EventList heading={t("upcoming")} empty={t("noUpcoming")} events={upcoming} locale={locale} id="upcoming" />
      <EventList heading={t("past")} empty={t("noPast")} events={past} locale={locale} id="past" />
    </>
  );
}

async function EventList(props: { heading: string; empty: string; events: EventSummaryJson[]; locale: string; id: string }) {
  const t = await getTranslations("Home");
  const te = await getTranslations("Event");
  return (
    <section aria-labelledby={`${props.id}-heading`} className="section">
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.events.length === 0 ? <p className="muted">{props.empty}</p> : null}
      <ul className="event-cards">
        {props.events.map((event) => {
          const start = new Date(event.startsAt);
          return (
            <li key={event.slug} className="card event-card">
              <h3>
                <Link href={localizedHref(props.locale, `/events/${event.slug}`)} {...textLang(event, "title", props.locale, event.contentLanguage)}>
                  {localized(event, props.locale).title}
                </Link>
              </h3>
              {event.status === "cancelled" ? <StatusBadge status="cancelled" label={te("status.cancelled")} /> : null}
              <p>
                <time dateTime={event.startsAt}>
                  <bdi>
                    {formatDateMedium(start, event.anchorTimeZone, props.locale)}, {timeLabel(start, event.anchorTimeZone, props.locale)}
                  </bdi>
                </time>{" "}
                <span className="muted">({event.anchorTimeZone})</span>
              </p>
              <ViewerTime startsAt={event.startsAt} endsAt={event.endsAt} anchorTimeZone={event.anchorTimeZone} locale={props.locale} />
              <p className="muted small">
                {[
                  te(`mode.${event.attendanceMode}`),
                  event.attendanceMode === "online" ? null : t("cityCount", { count: event.cityCount }),
                  event.languages.length ? event.languages.map((code) => code.toUpperCase()).join(" ") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
