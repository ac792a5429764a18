import { getTranslations } from "next-intl/server";
import { TimeRange } from "@/components/time-range";
import { StatusBadge } from "@/components/status-badge";
import { LiveWhen } from "@/components/live-when";
import type { EventJson } from "@/lib/data/event-json";
import { languageName } from "@/lib/languages";
import { formatDateLong, formatSolarHijri } from "@/lib/time";

/**
 * Title, status and when: in a given zone (anchor or city), then in the viewer's zone, kept
 * current in the browser (a delay, the phase, what is on now: components/live-when.tsx).
 */
export async function EventWhen({
  event,
  zone,
  zoneName,
  locale,
  city = null,
}: {
  event: EventJson;
  zone: string;
  zoneName: string;
  locale: string;
  city?: string | null;
}) {
  const t = await getTranslations("Event");
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  return (
    <div className="when">
      <p className="when__date">
        <time dateTime={event.startsAt}>{formatDateLong(start, zone, locale)}</time>
        {locale === "fa" ? <span className="muted"> ({formatSolarHijri(start, zone, locale)})</span> : null}
      </p>
      <p className="when__time" data-testid="anchor-time">
        <TimeRange start={start} end={end} zone={zone} locale={locale} /> <span className="muted">{t("inZone", { zone: zoneName })}</span>
      </p>
      <LiveWhen
        slug={event.slug}
        city={city}
        status={event.status}
        startsAt={event.startsAt}
        endsAt={event.endsAt}
        delayMinutes={event.delayMinutes}
        anchorTimeZone={zone}
        locale={locale}
        languages={event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale) }))}
      />
    </div>
  );
}

export async function EventStatusLine({ event }: { event: EventJson }) {
  const t = await getTranslations("Event");
  return (
    <>
      <p className="status-line">
        {event.status !== "published" ? <StatusBadge status={event.status} label={t(`status.${event.status}`)} /> : null}
        <span className="muted">{t(`mode.${event.attendanceMode}`)}</span>
      </p>
      {event.delayMinutes > 0 && event.status === "published" ? (
        <p className="banner banner--warn" role="status" data-testid="delayed">
          {t("delayed", { minutes: event.delayMinutes })}
        </p>
      ) : null}
    </>
  );
}

/** "Organized by …", linked to the organizer's site when there is one; nothing when not said. */
export async function OrganizedBy({ event }: { event: EventJson }) {
  if (!event.organizerName) return null;
  const t = await getTranslations("Event");
  const name = <bdi>{event.organizerName}</bdi>;
  return (
    <p className="muted" data-testid="organizer">
      {t("organizedBy")}{" "}
      {event.organizerUrl ? (
        <a href={event.organizerUrl} rel="noopener">
          {name}
        </a>
      ) : (
        name
      )}
    </p>
  );
}
