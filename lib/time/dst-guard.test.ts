import { describe, expect, it } from "vitest";
import { clockMismatches, usualClock } from "./dst-guard";
import { formatClock } from "./format";

const CITIES = ["Europe/Paris", "Europe/London", "America/Toronto", "America/Chicago", "Asia/Tehran", "Asia/Dubai"];
const at = (iso: string) => new Date(iso);

describe("the daylight-saving guard", () => {
  it("flags the North American zones between the second Sunday of March and the last Sunday of March", () => {
    // Saturday 20 March 2027, 17:00 in Paris (CET, UTC+1); Toronto is already on EDT (UTC-4).
    const instant = at("2027-03-20T16:00:00Z");
    const found = clockMismatches(instant, "Europe/Paris", CITIES);
    expect(found.map((m) => m.zone)).toEqual(["America/Toronto", "America/Chicago"]);
    expect(found[0]).toEqual({ zone: "America/Toronto", differenceMinutes: -300, usualMinutes: [-360] });
    // "17:00 CET is 12:00 in Toronto this week, not 11:00."
    expect(formatClock(instant, "America/Toronto")).toBe("12:00");
    expect(usualClock(instant, "Europe/Paris", -360)).toBe("11:00");
  });

  it("flags them again between the last Sunday of October and the first Sunday of November", () => {
    // Europe is back on winter time from Sunday 31 October 2027; North America on 7 November.
    // Monday 1 November, 17:00 CET: Chicago still on CDT (UTC-5).
    const found = clockMismatches(at("2027-11-01T16:00:00Z"), "Europe/Paris", CITIES);
    expect(found.map((m) => m.zone)).toEqual(["America/Toronto", "America/Chicago"]);
    expect(found[1]).toEqual({ zone: "America/Chicago", differenceMinutes: -360, usualMinutes: [-420] });
  });

  it("says nothing outside those weeks, nor of a zone whose difference simply follows the seasons", () => {
    for (const iso of [
      "2027-01-16T16:00:00Z",
      "2027-03-06T16:00:00Z",
      "2027-04-03T15:00:00Z",
      "2027-08-28T15:00:00Z",
      "2027-10-23T15:00:00Z",
      "2027-11-13T16:00:00Z",
    ]) {
      expect(clockMismatches(at(iso), "Europe/Paris", CITIES), iso).toEqual([]);
    }
    // Tehran keeps no summer time: 2:30 ahead of Paris in winter, 1:30 in summer; both usual.
    expect(clockMismatches(at("2027-03-20T16:00:00Z"), "Europe/Paris", ["Asia/Tehran"])).toEqual([]);
  });

  it("works from a North American anchor too (the European cities are the odd ones then)", () => {
    const found = clockMismatches(at("2027-03-20T15:00:00Z"), "America/Toronto", CITIES);
    expect(found.map((m) => m.zone)).toEqual(["Europe/Paris", "Europe/London"]);
  });
});
