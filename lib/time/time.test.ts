// Runs under several TZ values (scripts/test.ts): nothing here may depend on the server's zone.
import { describe, expect, it } from "vitest";
import {
  dayDifference,
  dualLabel,
  formatClock,
  formatDay,
  formatDuration,
  durationLabel,
  listTimeZones,
  zoneCountries,
  localDateTimeLabel,
  normalizeTimeZone,
  parseInstant,
  timeLabel,
  toLocalIso,
  toUtcIso,
  toWallClock,
  utcOffset,
  wallClockToInstant,
  zoneAbbreviation,
  zoneCitiesForCountry,
  zoneForCityName,
  zoneCity,
  zonesForCountry,
  zoneGenericName,
} from "./index";

const instant = (iso: string) => new Date(iso);
const mustConvert = (local: string, zone: string) => {
  const result = wallClockToInstant(local, zone);
  if (!result.ok) throw new Error(result.message);
  return toUtcIso(result.instant);
};

describe("wall clock -> instant", () => {
  it("converts the 2018 conference start in Paris to 15:00 UTC", () => {
    expect(mustConvert("2018-08-25T17:00", "Europe/Paris")).toBe("2018-08-25T15:00:00Z");
  });

  it("accepts seconds and a space separator", () => {
    expect(mustConvert("2018-08-25 17:00:30", "Europe/Paris")).toBe("2018-08-25T15:00:30Z");
  });

  it.each([
    ["2026-03-29T02:30", "Europe/Paris"],
    ["2026-03-08T02:30", "America/Toronto"],
    ["2026-10-04T02:30", "Australia/Sydney"],
    ["2026-09-27T02:50", "Pacific/Chatham"],
  ])("refuses %s in %s: it falls in the spring-forward gap", (local, zone) => {
    const result = wallClockToInstant(local, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe("gap");
      expect(result.message).toMatch(/does not exist/);
      expect(result.message).toContain(zone);
    }
  });

  it.each([
    ["2026-10-25T02:30", "Europe/Paris", ["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"]],
    ["2026-11-01T01:30", "America/Toronto", ["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"]],
    ["2026-04-05T02:30", "Australia/Sydney", ["2026-04-04T15:30:00Z", "2026-04-04T16:30:00Z"]],
  ])("refuses %s in %s: it happens twice in the autumn fold", (local, zone, candidates) => {
    const result = wallClockToInstant(local, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe("fold");
      expect(result.message).toMatch(/happens twice/);
      expect(result.candidates?.map(toUtcIso)).toEqual(candidates);
    }
  });

  it("accepts the minutes just outside a gap and a fold", () => {
    expect(mustConvert("2026-03-29T01:59", "Europe/Paris")).toBe("2026-03-29T00:59:00Z");
    expect(mustConvert("2026-03-29T03:00", "Europe/Paris")).toBe("2026-03-29T01:00:00Z");
    expect(mustConvert("2026-10-25T01:59", "Europe/Paris")).toBe("2026-10-24T23:59:00Z");
    expect(mustConvert("2026-10-25T03:00", "Europe/Paris")).toBe("2026-10-25T02:00:00Z");
  });

  it("rejects malformed input and unknown zones with a reason", () => {
    expect(wallClockToInstant("25/08/2018 17:00", "Europe/Paris")).toMatchObject({ ok: false, problem: "invalid" });
    expect(wallClockToInstant("2018-02-30T17:00", "Europe/Paris")).toMatchObject({ ok: false, problem: "invalid" });
    expect(wallClockToInstant("2018-08-25T17:00", "Mars/Olympus")).toMatchObject({ ok: false, problem: "unknown_zone" });
  });

  it("handles half-hour and 45-minute zones as ordinary cases", () => {
    expect(mustConvert("2018-08-25T19:30", "Asia/Tehran")).toBe("2018-08-25T15:00:00Z");
    expect(mustConvert("2018-08-25T20:45", "Asia/Kathmandu")).toBe("2018-08-25T15:00:00Z");
    expect(mustConvert("2018-08-25T12:30", "America/St_Johns")).toBe("2018-08-25T15:00:00Z");
    expect(mustConvert("2018-08-26T03:45", "Pacific/Chatham")).toBe("2018-08-25T15:00:00Z");
  });
});

describe("instant -> wall clock", () => {
  const start2018 = instant("2018-08-25T15:00:00Z");

  it.each([
    ["Europe/Paris", "17:00", "+02:00"],
    ["Europe/London", "16:00", "+01:00"],
    ["America/Toronto", "11:00", "-04:00"],
    ["America/Vancouver", "08:00", "-07:00"],
    ["Asia/Tehran", "19:30", "+04:30"],
    ["Asia/Kathmandu", "20:45", "+05:45"],
    ["America/St_Johns", "12:30", "-02:30"],
    ["Pacific/Chatham", "03:45", "+12:45"],
    ["Australia/Sydney", "01:00", "+10:00"],
  ])("shows the 2018 start in %s at %s (%s)", (zone, clock, offset) => {
    expect(formatClock(start2018, zone)).toBe(clock);
    expect(utcOffset(start2018, zone)).toBe(offset);
  });

  it("writes ISO strings without milliseconds", () => {
    expect(toUtcIso(instant("2018-08-25T15:00:00.000Z"))).toBe("2018-08-25T15:00:00Z");
    expect(toLocalIso(start2018, "Europe/Paris")).toBe("2018-08-25T17:00:00+02:00");
    expect(toLocalIso(start2018, "America/Toronto")).toBe("2018-08-25T11:00:00-04:00");
    expect(toWallClock(start2018, "Asia/Tehran")).toBe("2018-08-25T19:30");
  });

  it("knows Tehran dropped daylight saving time after 2022", () => {
    expect(utcOffset(instant("2027-08-28T15:00:00Z"), "Asia/Tehran")).toBe("+03:30");
  });

  it("follows the weeks when the US and Europe are out of step", () => {
    // 20 March 2026: Toronto is on EDT since 8 March, Paris on CET until 29 March.
    const march = mustConvert("2026-03-20T17:00", "Europe/Paris");
    expect(march).toBe("2026-03-20T16:00:00Z");
    expect(formatClock(instant(march), "America/Toronto")).toBe("12:00");
    // 30 October 2026: Paris is back on CET since 25 October, Toronto on EDT until 1 November.
    const october = mustConvert("2026-10-30T17:00", "Europe/Paris");
    expect(formatClock(instant(october), "America/Toronto")).toBe("12:00");
    // Outside those weeks the gap is six hours.
    expect(formatClock(start2018, "America/Toronto")).toBe("11:00");
  });

  it("counts calendar days across the date line and the southern hemisphere", () => {
    expect(dayDifference(start2018, "Pacific/Kiritimati", "Pacific/Pago_Pago")).toBe(1);
    expect(dayDifference(start2018, "Pacific/Chatham", "Europe/Paris")).toBe(1);
    expect(dayDifference(start2018, "Europe/Paris", "Europe/Paris")).toBe(0);
    expect(dayDifference(instant("2018-08-25T23:30:00Z"), "America/Vancouver", "Europe/Paris")).toBe(-1);
  });
});

describe("labels", () => {
  const summer = instant("2018-08-25T15:00:00Z");
  const winter = instant("2018-12-01T15:00:00Z");

  it.each([
    ["Europe/Paris", "CEST", "CET"],
    ["Europe/London", "BST", "GMT"],
    ["America/Toronto", "EDT", "EST"],
    ["America/Vancouver", "PDT", "PST"],
    ["America/St_Johns", "NDT", "NST"],
    ["Europe/Bucharest", "EEST", "EET"],
    ["Australia/Sydney", "AEST", "AEDT"],
    ["Asia/Kolkata", "IST", "IST"],
    ["Asia/Tehran", "GMT+4:30", "GMT+3:30"],
    ["Asia/Kathmandu", "GMT+5:45", "GMT+5:45"],
    ["Europe/Istanbul", "GMT+3", "GMT+3"],
    ["UTC", "UTC", "UTC"],
  ])("labels %s as %s in August and %s in December", (zone, august, december) => {
    expect(zoneAbbreviation(summer, zone)).toBe(august);
    expect(zoneAbbreviation(winter, zone)).toBe(december);
  });

  it("generates the dual label of the announcement", () => {
    expect(dualLabel(summer, "Europe/Paris", "America/Toronto")).toBe("17:00 CEST (11:00 EDT)");
    expect(timeLabel(summer, "Asia/Tehran")).toBe("19:30 GMT+4:30");
  });

  it("names the date where the local date differs from the reference", () => {
    const late = instant("2018-08-25T23:00:00Z"); // 01:00 CEST on Sunday in Paris
    expect(localDateTimeLabel(late, "Europe/Paris", "America/Toronto")).toBe("Sun 26 Aug, 01:00 CEST");
    expect(localDateTimeLabel(late, "America/Toronto", "America/Toronto")).toBe("19:00 EDT");
    expect(dualLabel(late, "America/Toronto", "Europe/Paris")).toBe("19:00 EDT (Sun 26 Aug, 01:00 CEST)");
  });

  it("keeps 24-hour clocks and Gregorian dates in every interface language", () => {
    expect(formatClock(summer, "Europe/Paris", "fr")).toBe("17:00");
    expect(formatClock(summer, "Europe/Paris", "fa")).toBe("۱۷:۰۰");
    // Intl's default calendar for fa is Solar Hijri; the Gregorian month must not be mixed in.
    expect(formatDay(summer, "Europe/Paris", "fa")).toContain("۲۵");
    expect(formatDay(summer, "Europe/Paris", "fa")).not.toContain("شهریور");
    expect(formatDay(summer, "Europe/Paris", "en")).toBe("Sat 25 Aug");
  });

  it("gives Persian readers the Solar Hijri date of the zone's day, beside the Gregorian one", async () => {
    const { formatSolarHijri, dateTimeSeparator } = await import("./index");
    expect(formatSolarHijri(summer, "Europe/Paris", "fa")).toBe("۳ شهریور ۱۳۹۷");
    // 23:30 UTC on 25 August is already 26 August (4 Shahrivar) in Tehran.
    expect(formatSolarHijri(instant("2018-08-25T23:30:00Z"), "Asia/Tehran", "fa")).toBe("۴ شهریور ۱۳۹۷");
    expect(dateTimeSeparator("fa")).toBe("، ");
    expect(dateTimeSeparator("fr")).toBe(", ");
  });

  it("formats durations", () => {
    expect(formatDuration(180)).toBe("3 h");
    expect(formatDuration(90)).toBe("1 h 30 min");
    expect(formatDuration(45)).toBe("45 min");
    // In the reader's language and digits, whatever the sign of a shift.
    expect(durationLabel(90, "en")).toBe("1 hr, 30 min");
    expect(durationLabel(-90, "fr")).toBe("1\u202fh et 30\u00a0min"); // French keeps each number with its unit (no-break spaces)
    expect(durationLabel(45, "fa")).toBe("۴۵ دقیقه");
    expect(durationLabel(120, "en")).toBe("2 hr");
  });
});

describe("zone names", () => {
  it.each(["CEST", "CET", "EST", "GMT", "+02:00", "UTC+2", "Etc/GMT+2", "Mars/Olympus", "", "Europe/"])("refuses %j: not a geographic IANA zone", (name) =>
    expect(normalizeTimeZone(name)).toBeNull(),
  );

  it("accepts IANA names, old and new spellings, and normalizes case", () => {
    expect(normalizeTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(normalizeTimeZone("europe/paris")).toBe("Europe/Paris");
    expect(normalizeTimeZone("Asia/Kathmandu")).toBe("Asia/Kathmandu");
    expect(normalizeTimeZone("Asia/Katmandu")).toBe("Asia/Katmandu");
    expect(normalizeTimeZone("Etc/UTC")).toBe("UTC");
  });

  it("offers the zones of tzdata's zone.tab in their current spellings, once each, and UTC", () => {
    const zones = listTimeZones();
    for (const current of ["Asia/Kathmandu", "Asia/Kolkata", "Europe/Kyiv", "Europe/Stockholm", "Europe/Oslo", "America/Toronto", "America/Nuuk", "UTC"]) {
      expect(zones).toContain(current);
    }
    for (const old of ["Asia/Katmandu", "Asia/Calcutta", "Europe/Kiev", "America/Montreal", "America/Godthab", "CET", "Etc/GMT+2", "US/Eastern"]) {
      expect(zones).not.toContain(old);
    }
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.length).toBeGreaterThan(400);
    expect(zoneCountries("Europe/Stockholm")).toEqual(["SE"]);
    expect(zoneCountries("UTC")).toEqual([]);
  });

  it("parses instants only when they carry an offset", () => {
    expect(parseInstant("2018-08-25T15:00:00Z")?.toISOString()).toBe("2018-08-25T15:00:00.000Z");
    expect(parseInstant("2018-08-25T17:00:00+02:00")?.toISOString()).toBe("2018-08-25T15:00:00.000Z");
    expect(parseInstant("2018-08-25T17:00:00")).toBeNull();
    expect(parseInstant("not a date Z")).toBeNull();
  });
});

describe("zones for a country", () => {
  it.each([
    ["NO", ["Europe/Oslo"]],
    ["SE", ["Europe/Stockholm"]],
    ["CH", ["Europe/Zurich"]],
    ["IR", ["Asia/Tehran"]],
    ["FR", ["Europe/Paris"]],
  ])("suggests %s's own zones", async (country, expected) => {
    const { zonesForCountry } = await import("./zones");
    expect(zonesForCountry(country)).toEqual(expected);
  });

  it("lists the many zones of Canada, Toronto and Vancouver among them", async () => {
    const { zonesForCountry } = await import("./zones");
    expect(zonesForCountry("CA")).toEqual(expect.arrayContaining(["America/Toronto", "America/Vancouver", "America/St_Johns"]));
  });
});

describe("a zone from the city an organizer typed", () => {
  it("never guesses a multi-zone country's first zone: the name picks it, old names included, or nothing", () => {
    const canada = zoneCitiesForCountry("CA");
    expect(zonesForCountry("CA")[0]).toBe("America/Atikokan"); // what was suggested before: an hour off Toronto in summer
    expect(zoneForCityName("Toronto", canada)).toBe("America/Toronto");
    expect(zoneForCityName("Montréal", canada)).toBe("America/Toronto");
    expect(zoneForCityName("St. John's", canada)).toBe("America/St_Johns");
    expect(zoneForCityName("Ottawa", canada)).toBeNull();
    expect(zoneForCityName("Kiev", zoneCitiesForCountry("UA"))).toBe("Europe/Kyiv");
    expect(zoneCity("America/St_Johns")).toBe("St Johns");
    // Beside each, its name in the reader's language tells Toronto from Atikokan in August.
    const august = new Date("2027-08-28T15:00:00Z");
    expect(zoneGenericName(august, "America/Toronto", "en")).toBe("Eastern Time");
    expect(zoneGenericName(august, "America/Atikokan", "en")).toBe("Eastern Standard Time");
    expect(zoneGenericName(august, "America/Toronto", "fr")).toBe("heure de l’Est nord-américain");
  });
});
