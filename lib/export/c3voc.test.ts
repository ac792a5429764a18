import { describe, expect, it } from "vitest";
import { testCity, testEvent, testItem } from "@/test/fixtures/program";
import { buildSchedule, personNumber, scheduleXml } from "./c3voc";

const event = testEvent({ cities: [testCity("paris", "Paris", "Europe/Paris"), testCity("toronto", "Toronto", "America/Toronto")] });

describe("buildSchedule (c3voc)", () => {
  const program = [
    testItem("00000000-0000-4000-8000-000000000001", "Opening", null, "2027-08-28T15:00:00.000Z", "2027-08-28T15:30:00.000Z"),
    testItem("00000000-0000-4000-8000-000000000002", "Paris meetup", "paris", "2027-08-28T16:00:00.000Z", "2027-08-28T16:45:00.000Z"),
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
