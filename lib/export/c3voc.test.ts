import { describe, expect, it } from "vitest";
import type { EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { buildSchedule, personNumber, scheduleXml } from "./c3voc";

const city = (slug: string, name: string, timeZone: string) => ({
  slug,
  name,
  countryCode: "FR",
  timeZone,
  utcOffset: "",
  localStart: "",
  localEnd: "",
  status: "approved" as const,
  venue: { name: `${name} hall`, address: "", capacity: 80, accessibility: "" },
  languages: ["fa"],
  translations: {},
  staleTranslations: [],
  version: 1,
});
const event: EventJson = {
  slug: "test-conf",
  title: "Test conference",
  summary: "",
  status: "published",
  attendanceMode: "in_person",
  startsAt: "2027-08-28T15:00:00.000Z",
  endsAt: "2027-08-28T18:00:00.000Z",
  anchorTimeZone: "Europe/Paris",
  registrationOpen: false,
  showUnconfirmedPeople: false,
  contentLanguage: "fa",
  translations: {},
  staleTranslations: [],
  languages: [{ code: "fa", name: "Persian", direction: "rtl", streamUrl: "https://stream.example/fa" }],
  cities: [city("paris", "Paris", "Europe/Paris"), city("toronto", "Toronto", "America/Toronto")],
  version: 1,
};
const item = (id: string, title: string, citySlug: string | null, start: string, end: string): PublicProgramItem => ({
  id,
  title,
  kind: "talk",
  description: "",
  language: "fa",
  citySlug,
  startsAt: start,
  endsAt: end,
  version: 1,
  translations: {},
  staleTranslations: [],
  assignments: [],
});

describe("buildSchedule (c3voc)", () => {
  const program = [
    item("00000000-0000-4000-8000-000000000001", "Opening", null, "2027-08-28T15:00:00.000Z", "2027-08-28T15:30:00.000Z"),
    item("00000000-0000-4000-8000-000000000002", "Paris meetup", "paris", "2027-08-28T16:00:00.000Z", "2027-08-28T16:45:00.000Z"),
  ];
  const schedule = buildSchedule(event, program, "https://conf.example");
  const rooms = schedule.schedule.conference.days[0]!.rooms as Record<string, { title: string; start: string; duration: string; track: string }[]>;

  it("gives each host city a room: the shared program in every room, a local item only in its own", () => {
    expect(Object.keys(rooms)).toEqual(["Paris", "Toronto"]);
    expect(rooms.Paris!.map((e) => e.title)).toEqual(["Opening", "Paris meetup"]);
    expect(rooms.Toronto!.map((e) => e.title)).toEqual(["Opening"]);
    expect(rooms.Paris![1]!.track).toBe("Local: Paris");
  });

  it("writes start and duration in the event's anchor zone", () => {
    expect(rooms.Toronto![0]).toMatchObject({ start: "17:00", duration: "00:30" });
    expect(rooms.Paris![1]).toMatchObject({ start: "18:00", duration: "00:45" });
  });

  it("gives every person an integer id as well as a guid, the same wherever they appear (apps import speakers by it)", () => {
    const speaker = { id: "11111111-2222-4333-8444-555555555555", name: "Sara Jafari", affiliation: "" };
    const withPeople = [
      { ...program[0]!, assignments: [{ language: "fa", role: "interpreter", status: "confirmed", speaker }] },
      { ...program[1]!, assignments: [{ language: "fa", role: "speaker", status: "confirmed", speaker }] },
    ];
    const built = buildSchedule(event, withPeople, "https://conf.example");
    const days = built.schedule.conference.days[0]!.rooms as Record<string, { persons: { id: number; guid: string; name: string }[] }[]>;
    const [first, second] = [days.Toronto![0]!.persons[0]!, days.Paris![1]!.persons[0]!];
    expect(Number.isSafeInteger(first.id)).toBe(true);
    expect(first.id).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(personNumber(first.guid)).toBe(first.id);
    expect(scheduleXml(built)).toContain(`<person id="${first.id}" guid="${first.guid}">Sara Jafari</person>`);
  });
});
