"use client";
/**
 * The event's time in the viewer's zone (detected, or chosen and remembered). Rendered in
 * the browser only, so the cached page stays the same for everyone; without JavaScript
 * the server-rendered anchor and city times remain.
 */
import { TimeRange } from "@/components/time-range";
import { useTranslations } from "next-intl";
import { useViewerZone } from "@/components/viewer-zone";
import { dateTimeSeparator, dayDifference, formatDay } from "@/lib/time";

type Props = { startsAt: string; endsAt: string; anchorTimeZone: string; locale: string };

export function ViewerTime({ startsAt, endsAt, anchorTimeZone, locale }: Props) {
  const t = useTranslations("ViewerTime");
  const { zone, chosen } = useViewerZone();
  if (!zone)
    return (
      <p className="viewer-time viewer-time--pending" aria-hidden="true">
        &nbsp;
      </p>
    );
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const shift = dayDifference(start, zone, anchorTimeZone);
  return (
    <p className="viewer-time" data-testid="viewer-time">
      <span className="viewer-time__label">{t(chosen ? "chosenLabel" : "label", { zone })}</span>{" "}
      <strong>
        {formatDay(start, zone, locale)}
        {dateTimeSeparator(locale)}
        <TimeRange start={start} end={end} zone={zone} locale={locale} />
      </strong>
      {shift !== 0 ? <span className="day-shift"> {t("dayShift", { shift, count: Math.abs(shift) })}</span> : null}
    </p>
  );
}
