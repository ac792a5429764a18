"use client";
/**
 * A program in one zone, with a heading per local day in that zone (a late item can fall
 * on the next day in an eastern city). Rendered first in `zone` (the server's output, also
 * what a reader without JavaScript gets); with `followViewer`, it then follows the zone the
 * viewer chose. Every time is labelled with its zone.
 */
import { TimeRange } from "@/components/time-range";
import { useTranslations } from "next-intl";
import { useViewerZone } from "@/components/viewer-zone";
import type { ProgramListItem } from "@/lib/program-view";
import { formatDateLong, localDate } from "@/lib/time";

type Props = {
  items: ProgramListItem[];
  zone: string;
  locale: string;
  followViewer?: boolean;
  localLabel?: string;
};

export function ProgramList({ items, zone: initialZone, locale, followViewer = false, localLabel }: Props) {
  const t = useTranslations("Program");
  const viewer = useViewerZone();
  const zone = followViewer && viewer.zone ? viewer.zone : initialZone;
  const days = new Map<string, ProgramListItem[]>();
  for (const item of items) {
    const day = localDate(new Date(item.startsAt), zone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <div className="program" data-zone={zone}>
      <p className="muted small" data-testid="program-zone">
        {t("timesIn", { zone })}
      </p>
      {[...days.entries()].map(([day, dayItems]) => {
        const heading = formatDateLong(new Date(dayItems[0]!.startsAt), zone, locale);
        return (
          <section key={day} aria-label={heading}>
            <h3 className="program__day">{heading}</h3>
            <ol className="item-list">
              {dayItems.map((item) => {
                const start = new Date(item.startsAt);
                const end = new Date(item.endsAt);
                // "Opening / Opening": the kind is not said again when it is the title.
                const kind = t(`kinds.${item.kind}`);
                const details = [
                  kind.toLocaleLowerCase(locale) === item.title.trim().toLocaleLowerCase(locale) ? null : kind,
                  item.local ? localLabel : null,
                ].filter(Boolean);
                return (
                  <li key={item.id} className="item-row" data-item-kind={item.kind}>
                    <span className="clock">
                      <TimeRange start={start} end={end} zone={zone} locale={locale} />
                    </span>
                    <span className="item-row__title">
                      <span {...item.titleLang}>{item.title}</span>
                      {details.length ? <span className="muted small block">{details.join(" · ")}</span> : null}
                      {item.people.length ? (
                        <span className="small block speakers">
                          {item.people.map(({ language, people }) => (
                            <span key={language} className="speakers__line">
                              <span className="speakers__lang">{language}:</span>{" "}
                              {people.map((person, index) => (
                                <span key={`${person.name}-${person.role}`}>
                                  {index ? t("peopleSeparator") : null}
                                  <bdi>{person.name}</bdi>
                                  <span className="muted">{` (${[t(`roles.${person.role}`), person.toBeConfirmed ? t("toBeConfirmed") : null].filter(Boolean).join(t("peopleSeparator"))})`}</span>
                                </span>
                              ))}
                            </span>
                          ))}
                        </span>
                      ) : null}
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
