// Feeds and exports, each read back by an independent parser or validated against the
// published schema: iCalendar (ical.js), c3voc schedule.json (ajv, draft-06) and
// schedule.xml (xmllint with the XSD).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json";
import addFormats from "ajv-formats";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { call, signIn } from "./helpers";

// The c3voc schemas, vendored in test/fixtures/c3voc-schedule (see its README).
const SPECS = path.resolve(__dirname, "..", "fixtures", "c3voc-schedule");

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => ({ component, event: new ICAL.Event(component) }));
}

describe("iCalendar feeds", () => {
  it("give the event in UTC with a stable UID, its version as SEQUENCE, the URL and a stream per language", async () => {
    const response = await call("/events/interactive-conference-2018/calendar.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    // Published, refreshed hourly by subscribed calendars, every line (the last too) ended by CRLF.
    expect(response.text).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(response.text).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(response.text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const [first, ...rest] = vevents(response.text);
    expect(rest).toHaveLength(0);
    const { event, component } = first!;
    expect(event.uid).toBe("event-interactive-conference-2018@simulconf");
    expect(event.startDate.toJSDate().toISOString()).toBe("2018-08-25T15:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2018-08-25T18:00:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.sequence).toBeGreaterThanOrEqual(1);
    expect(component.getFirstPropertyValue("url")).toMatch(/\/events\/interactive-conference-2018$/);
    for (const language of ["Persian", "English", "French", "Arabic"]) expect(event.description).toContain(`${language}: https://stream.example.org/`);
    expect(event.description).toContain("Toronto: 11:00 EDT (America/Toronto)");
  });

  it("give a city its venue as LOCATION in one block, its program (shared and local items) in its own feed, and a SEQUENCE that grows when the venue changes", async () => {
    const read = async () => vevents((await call("/events/interactive-conference-2018/cities/toronto/calendar.ics")).text);
    const before = await read();
    expect(before.map((e) => e.event.summary)).toEqual(["Simultaneous Interactive Conference: 30th anniversary of the 1988 massacre (Toronto)"]);
    expect(before[0]!.event.location).toContain("Toronto community hall");
    const program = vevents((await call("/events/interactive-conference-2018/cities/toronto/program.ics")).text);
    expect(program.map((e) => e.event.summary)).toEqual([
      "Opening: 30 years on",
      "Survivors' testimonies",
      "Iranian associations: the uprising and the call for justice",
      "Lawmakers and personalities: ending impunity",
      "Closing message",
      "Toronto community panel (Toronto)",
    ]);
    expect(program.at(-1)!.event.startDate.toJSDate().toISOString()).toBe("2018-08-25T18:15:00.000Z");
    expect(program.every((e) => e.event.location?.includes("Toronto community hall"))).toBe(true);
    const shared = vevents((await call("/events/interactive-conference-2018/program.ics")).text);
    expect(shared.map((e) => e.event.summary)).not.toContain("Toronto community panel (Toronto)");
    expect(shared).toHaveLength(5);

    const organizer = await signIn("toronto@demo.test");
    const patch = await call("/api/v1/events/interactive-conference-2018/cities/toronto", {
      method: "PATCH",
      cookie: organizer!,
      body: JSON.stringify({ venue: { name: "Toronto Metro Hall" } }),
    });
    expect(patch.status).toBe(200);
    const after = await read();
    expect(after[0]!.event.uid).toBe(before[0]!.event.uid);
    expect(after[0]!.event.sequence).toBe(before[0]!.event.sequence + 1);
    expect(after[0]!.event.location).toContain("Toronto Metro Hall");
  });

  it("answer 404 for drafts and unknown cities", async () => {
    expect((await call("/events/planning-2028/calendar.ics")).status).toBe(404);
    expect((await call("/events/interactive-conference-2027/cities/vancouver/calendar.ics")).status).toBe(404);
  });
});

describe("c3voc schedule exports", () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(SPECS, "schema.json"), "utf8")));

  it("accepts the validator's own example (the validation itself works)", () => {
    const example = JSON.parse(readFileSync(path.join(SPECS, "pretalx-democon.json"), "utf8"));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ schedule: { version: "1", conference: { acronym: "interactive-conference-2018" } } })).toBe(false);
  });

  it.each(["interactive-conference-2018", "witnesses-online-2021", "paris-city-hall-2018"])(
    "schedule.json of %s is valid against schema.json",
    async (slug) => {
      const response = await call(`/events/${slug}/schedule.json`);
      expect(response.status).toBe(200);
      expect(validate(response.body), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    },
  );

  it("has one room per host city, the shared items in every room, unique ids and guids, times in the anchor zone", async () => {
    const { body } = await call("/events/interactive-conference-2018/schedule.json");
    const conference = body.schedule.conference;
    expect(conference.acronym).toBe("interactive_conference_2018");
    expect(conference.time_zone_name).toBe("Europe/Paris");
    expect(conference.rooms).toHaveLength(18);
    const [day] = conference.days;
    expect(day.date).toBe("2018-08-25");
    const toronto = day.rooms["Toronto"];
    expect(toronto.map((e: { title: string }) => e.title)).toEqual(expect.arrayContaining(["Opening: 30 years on", "Toronto community panel"]));
    expect(day.rooms["Paris"].some((e: { title: string }) => e.title === "Toronto community panel")).toBe(false);
    const opening = toronto.find((e: { title: string }) => e.title === "Opening: 30 years on");
    expect(opening).toMatchObject({ start: "17:00", duration: "00:15", date: "2018-08-25T17:00:00+02:00" });
    const all = Object.values(day.rooms).flat() as { id: number; guid: string; slug: string }[];
    expect(new Set(all.map((e) => e.guid)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.slug)).size).toBe(all.length);
    // Same document twice: the same guids (stable for apps that sync).
    const again = await call("/events/interactive-conference-2018/schedule.json");
    expect(again.body.schedule.conference.days[0].rooms["Toronto"][0].guid).toBe(toronto[0].guid);
  });

  it.each(["interactive-conference-2018", "witnesses-online-2021", "british-parliament-2023"])(
    "schedule.xml of %s is valid against the XSD (xmllint)",
    async (slug) => {
      const response = await call(`/events/${slug}/schedule.xml`);
      expect(response.status).toBe(200);
      const file = path.join(mkdtempSync(path.join(tmpdir(), "schedule-")), "schedule.xml");
      writeFileSync(file, response.text);
      let output = "";
      try {
        output = execFileSync("xmllint", ["--noout", "--schema", path.join(SPECS, "schedule.xml.xsd"), file], { stdio: "pipe" }).toString();
      } catch (error) {
        const failure = error as { stderr?: Buffer };
        throw new Error(`xmllint refused ${slug}: ${failure.stderr?.toString()}`);
      }
      expect(output).not.toMatch(/fails to validate/);
    },
  );
});
