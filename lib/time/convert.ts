/**
 * Instants <-> wall-clock times in a named zone. An instant is a JS Date (UTC); a wall
 * clock is "YYYY-MM-DDTHH:mm" plus an IANA zone. Nothing here reads the server's zone.
 */
import { DateTime } from "luxon";

export type WallClockProblem = "invalid" | "unknown_zone" | "gap" | "fold";

export type WallClockResult = { ok: true; instant: Date } | { ok: false; problem: WallClockProblem; message: string; candidates?: Date[] };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant at which the clocks of `zone` show `local` ("2018-08-25T17:00").
 * Hazards: in the spring-forward gap the wall time never happens, in the autumn fold it
 * happens twice. luxon would silently shift the first and pick one of the second; both
 * are refused here with a message naming the problem (docs/contract.md, time rule 2).
 */
export function wallClockToInstant(local: string, zone: string): WallClockResult {
  const match = WALL_CLOCK.exec(local.trim());
  if (!match) return { ok: false, problem: "invalid", message: `"${local}" is not a date and time like 2018-08-25T17:00.` };
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [number, number, number, number, number, number];
  const probe = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, { zone });
  if (!probe.isValid) {
    if (probe.invalidReason === "unsupported zone") {
      return { ok: false, problem: "unknown_zone", message: `"${zone}" is not an IANA time zone.` };
    }
    return { ok: false, problem: "invalid", message: `"${local}" is not a real date and time.` };
  }
  // Treat the wall clock as if it were UTC, then try every offset the zone uses within a
  // day either side; keep the instants whose offset really is that offset.
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const offsets = new Set<number>();
  for (const hours of [-36, -12, 0, 12, 36]) {
    offsets.add(DateTime.fromMillis(asUtc + hours * 3_600_000, { zone }).offset);
  }
  const instants = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => DateTime.fromMillis(ms, { zone }).offset * 60_000 === asUtc - ms)
    .sort((a, b) => a - b);
  const pretty = `${local.trim().replace("T", " ")} in ${zone}`;
  if (instants.length === 0) {
    return {
      ok: false,
      problem: "gap",
      message: `${pretty} does not exist: the clocks spring forward over it (daylight saving time starts). Choose a time before or after the change.`,
    };
  }
  if (instants.length > 1) {
    const candidates = instants.map((ms) => new Date(ms));
    const [first, second] = candidates.map((instant) => `UTC${utcOffset(instant, zone)}`);
    return {
      ok: false,
      problem: "fold",
      message: `${pretty} happens twice: the clocks fall back (first at ${first}, then at ${second}). Enter the start as an exact instant, or choose another time.`,
      candidates,
    };
  }
  return { ok: true, instant: new Date(instants[0]!) };
}

function at(instant: Date, zone: string) {
  return DateTime.fromJSDate(instant, { zone });
}

/** The UTC offset of `zone` at `instant`, as "+02:00" / "-04:00" / "+05:45". */
export function utcOffset(instant: Date, zone: string): string {
  return at(instant, zone).toFormat("ZZ");
}

/** Minutes east of UTC of `zone` at `instant` (Tehran in summer 2018: 270). */
export function utcOffsetMinutes(instant: Date, zone: string): number {
  return at(instant, zone).offset;
}

/** ISO 8601 UTC without milliseconds: "2018-08-25T15:00:00Z". */
export function toUtcIso(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** ISO 8601 local time with offset, no milliseconds: "2018-08-25T17:00:00+02:00". */
export function toLocalIso(instant: Date, zone: string): string {
  return at(instant, zone).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** The wall clock of `zone` at `instant`, "2018-08-25T17:00" (what a form shows). */
export function toWallClock(instant: Date, zone: string): string {
  return at(instant, zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The calendar date in `zone` at `instant`: "2018-08-25". */
export function localDate(instant: Date, zone: string): string {
  return at(instant, zone).toFormat("yyyy-MM-dd");
}

/**
 * How many calendar days `zone`'s date is ahead of `referenceZone`'s at `instant`
 * (Vancouver vs Paris at 01:00 CEST: -1; Tehran vs Toronto at 23:00 EDT: +1).
 * Hazard: the date line can make this ±1 even for zones an hour apart.
 */
export function dayDifference(instant: Date, zone: string, referenceZone: string): number {
  const a = DateTime.fromISO(localDate(instant, zone), { zone: "UTC" });
  const b = DateTime.fromISO(localDate(instant, referenceZone), { zone: "UTC" });
  return Math.round(a.diff(b, "days").days);
}

/** Whole minutes between two instants. */
export function minutesBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** Parses an ISO 8601 instant that carries an offset or Z; null otherwise. */
export function parseInstant(text: string): Date | null {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) return null;
  const parsed = DateTime.fromISO(text.trim(), { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : null;
}
