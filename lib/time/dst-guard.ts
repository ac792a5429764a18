/**
 * The daylight-saving guard: in the weeks when Europe and North America change their clocks on
 * different Sundays (mid to late March; late October to early November), a city's difference
 * from the anchor zone is neither its winter nor its summer one, and "17:00 in Paris is 11:00 in
 * Toronto" stops being true. Computed from the IANA rules (the offsets on the event's date and
 * at the same time on 15 January and 15 July of its year), never from a list of dates; a zone
 * whose difference merely changes with the seasons (Tehran keeps no summer time) is not flagged.
 */
import { DateTime } from "luxon";

export type ClockMismatch = {
  zone: string;
  /** Minutes the zone is ahead of the anchor at the event's instant (Toronto in late March: -300). */
  differenceMinutes: number;
  /** Its differences in January and in July (-360 and -360 for Toronto from Paris). */
  usualMinutes: number[];
};

function difference(instant: DateTime, zone: string, anchor: string): number {
  return instant.setZone(zone).offset - instant.setZone(anchor).offset;
}

/** The zones whose difference from `anchor` at `instant` is neither their January nor their July one. */
export function clockMismatches(instant: Date, anchor: string, zones: string[]): ClockMismatch[] {
  const at = DateTime.fromJSDate(instant, { zone: "UTC" });
  const january = at.set({ month: 1, day: 15 });
  const july = at.set({ month: 7, day: 15 });
  const seen = new Set<string>();
  const found: ClockMismatch[] = [];
  for (const zone of zones) {
    if (zone === anchor || seen.has(zone)) continue;
    seen.add(zone);
    const now = difference(at, zone, anchor);
    const usual = [...new Set([difference(january, zone, anchor), difference(july, zone, anchor)])];
    if (!usual.includes(now)) found.push({ zone, differenceMinutes: now, usualMinutes: usual });
  }
  return found;
}

/** The clock a zone would read at `instant` with a usual difference from the anchor: the "11:00" of "not 11:00". */
export function usualClock(instant: Date, anchor: string, usualMinutes: number, locale = "en"): string {
  const anchorOffset = DateTime.fromJSDate(instant, { zone: anchor }).offset;
  return DateTime.fromJSDate(instant, { zone: "UTC" })
    .plus({ minutes: anchorOffset + usualMinutes })
    .setLocale(locale)
    .toFormat("HH:mm");
}
