import { formatClock, toLocalIso, zoneAbbreviation } from "@/lib/time";

type Props = { start: Date | string; end: Date | string; zone: string; locale: string; abbreviation?: boolean };

/**
 * "17:00–18:30 CEST": every start–end span of the interface, with machine-readable ends and
 * kept left-to-right inside right-to-left text. The abbreviation is the start's (a span
 * across a DST change is labelled by where it starts).
 */
export function TimeRange({ start, end, zone, locale, abbreviation = true }: Props) {
  const from = new Date(start);
  const to = new Date(end);
  return (
    <bdi dir="ltr">
      <time dateTime={toLocalIso(from, zone)}>{formatClock(from, zone, locale)}</time>–
      <time dateTime={toLocalIso(to, zone)}>{formatClock(to, zone, locale)}</time>
      {abbreviation ? ` ${zoneAbbreviation(from, zone)}` : null}
    </bdi>
  );
}
