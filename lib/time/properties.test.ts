// Property-based tests (fast-check) of lib/time: random instants in random zones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayDifference, normalizeTimeZone, toLocalIso, toWallClock, utcOffsetMinutes, wallClockToInstant, zoneAbbreviation } from "./index";

const ZONES = [
  "Europe/Paris",
  "America/Toronto",
  "America/St_Johns",
  "Asia/Tehran",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/Santiago",
  "Africa/Casablanca",
  "UTC",
];
const instant = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2037-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));
const zone = fc.constantFrom(...ZONES);

describe("lib/time properties", () => {
  it("instant -> wall clock -> instant round-trips, or names the fold it fell in", () => {
    fc.assert(
      fc.property(instant, zone, (at, z) => {
        const result = wallClockToInstant(toWallClock(at, z), z);
        if (result.ok) expect(result.instant.getTime()).toBe(at.getTime());
        else {
          // A wall clock read off a real instant can never be in a gap, only in a fold.
          expect(result.problem).toBe("fold");
          expect(result.candidates!.map((c) => c.getTime())).toContain(at.getTime());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("the local ISO string carries the offset that maps it back to the same instant", () => {
    fc.assert(
      fc.property(instant, zone, (at, z) => {
        expect(new Date(toLocalIso(at, z)).getTime()).toBe(at.getTime());
        expect(Math.abs(utcOffsetMinutes(at, z))).toBeLessThanOrEqual(14 * 60);
        expect(Math.abs(dayDifference(at, z, "UTC"))).toBeLessThanOrEqual(1);
        expect(zoneAbbreviation(at, z)).toMatch(/^([A-Z]{2,5}|GMT([+-]\d{1,2}(:\d{2})?)?|UTC)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on hostile zone names or wall clocks", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (local, name) => {
        expect(() => normalizeTimeZone(name)).not.toThrow();
        const result = wallClockToInstant(local, name);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});
