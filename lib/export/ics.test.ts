import { describe, expect, it } from "vitest";
import { testCity, testEvent, testItem } from "@/test/fixtures/program";
import { cityCalendar, eventCalendar, programCalendar } from "./ics";

const auckland = testCity("auckland", "Auckland", "Pacific/Auckland", {
  countryCode: "NZ",
  venue: { name: "Community hall", address: "1 Queen St", addressPublic: true, capacity: 80, accessibility: "" },
});
const event = testEvent({
  slug: "far-east",
  title: "Far east gathering",
  contentLanguage: "en",
  languages: [{ code: "fa", name: "Persian", direction: "rtl", streamUrl: null }],
  cities: [auckland],
  version: 3,
});
const item = (id: string, title: string, citySlug: string | null, startsAt: string, endsAt: string) =>
  testItem(id, title, citySlug, startsAt, endsAt, { version: 2 });
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const changed = new Date("2027-06-01T08:30:00Z");

describe("iCalendar framing", () => {
  it("publishes every feed with a refresh interval and ends its last line with CRLF", () => {
    for (const text of [
      eventCalendar(event, "https://x.example", changed),
      cityCalendar(event, auckland, "https://x.example", changed),
      programCalendar(event, [], "https://x.example", changed),
    ]) {
      expect(text).toContain("\r\nMETHOD:PUBLISH\r\n");
      expect(text).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
      expect(text).toContain("\r\nX-PUBLISHED-TTL:PT1H\r\n");
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    }
  });

  it("says a city's local date where it differs, and names the venue of a single-city event", () => {
    const city = unfold(cityCalendar(event, auckland, "https://x.example", changed));
    expect(city).toContain("Sun 29 Aug\\, 03:00 NZST in Auckland (Pacific/Auckland)."); // commas escaped, as iCalendar wants
    const whole = unfold(eventCalendar(event, "https://x.example", changed));
    expect(whole).toContain("LOCATION:Community hall\\, 1 Queen St\\, Auckland");
    expect(whole).not.toContain("1 host cities");
    expect(whole).toContain("Auckland: Sun 29 Aug\\, 03:00 NZST (Pacific/Auckland)");
  });

  it("keeps calendar.ics one block per event and gives the program its own feed, a city's with its local items", () => {
    const program = [
      item("00000000-0000-4000-8000-000000000001", "Opening", null, "2027-08-28T15:00:00Z", "2027-08-28T15:30:00Z"),
      item("00000000-0000-4000-8000-000000000002", "Doors", "auckland", "2027-08-28T14:00:00Z", "2027-08-28T14:30:00Z"),
    ];
    expect(unfold(cityCalendar(event, auckland, "https://x.example", changed)).match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const shared = unfold(programCalendar(event, program.slice(0, 1), "https://x.example", changed));
    expect(shared.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(shared).toContain("SUMMARY:Opening");
    const local = unfold(programCalendar(event, program, "https://x.example", changed, auckland));
    expect(local.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(local).toContain("SUMMARY:Doors (Auckland)");
    expect(local).toContain("UID:item-00000000-0000-4000-8000-000000000001-auckland@simulconf");
    expect(local).toContain("SEQUENCE:2");
  });

  it("stamps every block with the data's last change, so the same data gives the same bytes", () => {
    const program = [item("00000000-0000-4000-8000-000000000001", "Opening", null, "2027-08-28T15:00:00Z", "2027-08-28T15:30:00Z")];
    const first = [eventCalendar(event, "https://x.example", changed), programCalendar(event, program, "https://x.example", changed, auckland)];
    for (const text of first) {
      const stamps = unfold(text).match(/^DTSTAMP:[^\r\n]*/gm) ?? [];
      expect(stamps.length).toBeGreaterThan(0);
      expect(new Set(stamps)).toEqual(new Set(["DTSTAMP:20270601T083000Z"]));
    }
    const again = [
      eventCalendar(event, "https://x.example", new Date(changed)),
      programCalendar(event, program, "https://x.example", new Date(changed), auckland),
    ];
    expect(again).toEqual(first);
  });
});
