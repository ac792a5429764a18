"use client";
/**
 * "Add to your calendar" on the public event and city pages: subscribe (webcal:// to the feed,
 * so changes follow), download the .ics, or open Google Calendar's or Outlook's composer with
 * the event's instants in UTC. The links are plain URLs; this server calls no one.
 */
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl, type CalendarEntry } from "@/lib/export/calendar-links";

type Props = {
  /** The feed's path ("/events/{slug}/calendar.ics", or the city's). */
  feed: string;
  entry: CalendarEntry;
  /** PUBLIC_BASE_URL when set; otherwise the address the reader is on, known once in the browser. */
  origin: string | null;
  /** The page's own path, linked from the calendar entry. */
  page: string;
};

export function AddToCalendar({ feed, entry, origin: configured, page }: Props) {
  const t = useTranslations("Calendar");
  const [origin, setOrigin] = useState(configured);
  useEffect(() => {
    if (!configured) setOrigin(window.location.origin);
  }, [configured]);
  const details = origin ? new URL(page, origin).toString() : undefined;
  const withPage = { ...entry, details };
  return (
    <section className="add-to-calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading" className="h3">
        {t("heading")}
      </h2>
      <ul className="add-to-calendar__links" data-testid="add-to-calendar">
        <li>
          <a href={origin ? webcalUrl(origin, feed) : feed}>{t("subscribe")}</a>
        </li>
        <li>
          <a href={feed} download>
            {t("download")}
          </a>
        </li>
        <li>
          <a href={googleCalendarUrl(withPage)} target="_blank" rel="noopener noreferrer">
            {t("google")}
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl(withPage)} target="_blank" rel="noopener noreferrer">
            {t("outlook")}
          </a>
        </li>
      </ul>
    </section>
  );
}
