/**
 * Human labels for times, generated from instants and zones, never typed by hand
 * (docs/contract.md, time rule 4): clock times are 24-hour HH:mm in every language, each
 * labelled with its zone.
 */
import { DateTime } from "luxon";

/** Locales whose Intl short zone names give the common abbreviation for their region. */
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-IN", "en-ZA", "en-IE"];
const OFFSET_STYLE = /^(GMT|UTC)([+-]\d|$)/;

function at(instant: Date, zone: string, locale = "en") {
  // Hazard: for "fa" Intl defaults to the Solar Hijri calendar, and luxon would mix a
  // Gregorian day number with a Persian month name. Dates are Gregorian unless asked.
  return DateTime.fromJSDate(instant, { zone }).reconfigure({ locale, outputCalendar: "gregory", numberingSystem: undefined });
}

/**
 * The zone's common abbreviation at `instant` (CEST, EDT, BST, IST), else its offset
 * (GMT+4:30, GMT-2:30), or "UTC".
 * Hazard: Intl's abbreviations depend on the locale asked (en-US says EDT but GMT+2 for
 * Paris; en-GB says CEST but GMT-4 for Toronto), so each regional English is asked in
 * turn and the first real abbreviation wins.
 */
export function zoneAbbreviation(instant: Date, zone: string): string {
  const dt = DateTime.fromJSDate(instant, { zone });
  if (dt.zoneName === "UTC" || zone === "UTC") return "UTC";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = dt.setLocale(locale).toFormat("ZZZZ");
    if (name && !OFFSET_STYLE.test(name)) return name;
  }
  const offset = dt.setLocale("en-US").toFormat("ZZZZ");
  return offset === "GMT" && dt.offset !== 0 ? `GMT${dt.toFormat("Z")}` : offset;
}

/**
 * A zone's generic name in the reader's language ("Eastern Time", "heure de l’Est", in Persian
 * «وقت شرق آمریکا»), or null where the runtime only knows an offset or a country ("Canada (Toronto)").
 * Hazard: a generic name is no label for a time (it hides DST): show it beside one, never instead.
 */
export function zoneGenericName(instant: Date, zone: string, locale = "en"): string | null {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts(instant).find((p) => p.type === "timeZoneName");
  const name = part?.value ?? "";
  return !name || /^(GMT|UTC)|\d/.test(name) || name.includes("(") ? null : name;
}

/** "17:00" in `zone`, with the locale's digits (Persian digits for fa). */
export function formatClock(instant: Date, zone: string, locale = "en"): string {
  return at(instant, zone, locale).toFormat("HH:mm");
}

/** "17:00 CEST": a clock time labelled with its zone. */
export function timeLabel(instant: Date, zone: string, locale = "en"): string {
  return `${formatClock(instant, zone, locale)} ${zoneAbbreviation(instant, zone)}`;
}

/** "17:00 CEST (11:00 EDT)". The second zone's date is named when it differs. */
export function dualLabel(instant: Date, zone: string, otherZone: string, locale = "en"): string {
  return `${timeLabel(instant, zone, locale)} (${localDateTimeLabel(instant, otherZone, zone, locale)})`;
}

/** "Sat 25 Aug" in `zone`. */
export function formatDay(instant: Date, zone: string, locale = "en"): string {
  return at(instant, zone, locale).toFormat("ccc d LLL");
}

/** "Saturday 25 August 2018" in `zone`. */
export function formatDateLong(instant: Date, zone: string, locale = "en"): string {
  return at(instant, zone, locale).toFormat("cccc d LLLL yyyy");
}

/**
 * The Solar Hijri (Persian calendar) date in `zone`: "۳ شهریور ۱۳۹۷" for fa. Shown beside
 * the Gregorian date for Persian readers; the day is the one of `zone`, not the server's.
 */
export function formatSolarHijri(instant: Date, zone: string, locale = "fa"): string {
  return DateTime.fromJSDate(instant, { zone })
    .reconfigure({ locale, outputCalendar: "persian" })
    .toLocaleString({ day: "numeric", month: "long", year: "numeric" });
}

/** "Sat 25 Aug 2018" in `zone`. */
export function formatDateMedium(instant: Date, zone: string, locale = "en"): string {
  return at(instant, zone, locale).toFormat("ccc d LLL yyyy");
}

/**
 * "11:00 EDT" when `zone`'s date equals `referenceZone`'s, else "Sun 26 Aug, 01:00 CEST"
 * (docs/contract.md, time rule 3: say so where the local date differs).
 */
export function localDateTimeLabel(instant: Date, zone: string, referenceZone: string, locale = "en"): string {
  const here = at(instant, zone, locale);
  const there = at(instant, referenceZone, locale);
  const label = timeLabel(instant, zone, locale);
  return here.toISODate() === there.toISODate() ? label : `${formatDay(instant, zone, locale)}${dateTimeSeparator(locale)}${label}`;
}

/** The comma between a date and a time: "," in Latin scripts, "،" in Persian and Arabic. */
export function dateTimeSeparator(locale = "en"): string {
  return /^(fa|ar|ur|ckb)\b/.test(locale) ? "، " : ", ";
}

/** "3 h", "1 h 30 min", "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h && m) return `${h} h ${m} min`;
  return h ? `${h} h` : `${m} min`;
}

type DurationFormatter = new (locale: string, options: { style: "short" | "long" }) => { format(duration: { hours?: number; minutes?: number }): string };

/**
 * "1 hr, 30 min", "1 h et 30 min", «۱ ساعت، ۳۰ دقیقه»: a length of time in the reader's language
 * and digits (Intl.DurationFormat), or formatDuration's "1 h 30 min" where the runtime lacks it.
 */
export function durationLabel(minutes: number, locale = "en"): string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatter }).DurationFormat;
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (!DurationFormat) return formatDuration(whole);
  return new DurationFormat(locale, { style: "short" }).format(hours ? (rest ? { hours, minutes: rest } : { hours }) : { minutes: rest });
}
