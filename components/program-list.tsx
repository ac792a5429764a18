import { getTranslations } from "next-intl/server";
import type { PublicProgramItem } from "@/lib/data/events";
import { formatClock, formatDateLong, localDate, toLocalIso, zoneAbbreviation } from "@/lib/time";

/**
 * A program in one zone, with a heading per local day (a late item can fall on the next
 * day in a western or eastern city). Every time is labelled with the zone.
 */
export async function ProgramList({ items, zone, locale, localLabel }: { items: PublicProgramItem[]; zone: string; locale: string; localLabel?: string }) {
  const t = await getTranslations("LocalProgram");
  const days = new Map<string, PublicProgramItem[]>();
  for (const item of items) {
    const day = localDate(new Date(item.startsAt), zone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <div className="program">
      {[...days.entries()].map(([day, dayItems]) => (
        <section key={day} aria-label={formatDateLong(new Date(dayItems[0]!.startsAt), zone, locale)}>
          <h3 className="program__day">{formatDateLong(new Date(dayItems[0]!.startsAt), zone, locale)}</h3>
          <ol className="item-list">
            {dayItems.map((item) => {
              const start = new Date(item.startsAt);
              const end = new Date(item.endsAt);
              return (
                <li key={item.id} className="item-row" data-item-kind={item.kind}>
                  <span className="clock">
                    <bdi>
                      <time dateTime={toLocalIso(start, zone)}>{formatClock(start, zone, locale)}</time>–
                      <time dateTime={toLocalIso(end, zone)}>{formatClock(end, zone, locale)}</time> {zoneAbbreviation(start, zone)}
                    </bdi>
                  </span>
                  <span className="item-row__title">
                    {item.title}
                    <span className="muted small block">
                      {t(`kinds.${item.kind}`)}
                      {item.citySlug && localLabel ? ` · ${localLabel}` : ""}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
