// The go-live console and the city's day-of marks (issue 22): readiness from what a city has
// done, an organizer's "stream checked" and "ready", the coordinators' reminder (one message per
// organizer, in their language, naming what is missing), what is on each microphone with its
// gaps, the log of the day, and the daylight-saving guard on both mismatch windows only.
import { describe, expect, it } from "vitest";
import { call, callAction, createCity, createEvent, signIn, sql } from "./helpers";

async function dayOfEvent(startsAt = "2027-08-28T15:00:00Z") {
  const event = await createEvent();
  await sql(`update "Event" set "startsAt" = $2, "endsAt" = $2::timestamptz + interval '3 hours' where id = $1`, [event.id, startsAt]);
  const paris = await createCity(event.id, "paris@demo.test", "APPROVED", "Lyon");
  const toronto = await createCity(event.id, "toronto@demo.test", "APPROVED", "Hamilton");
  await sql(`update "HostCity" set "timeZone" = 'America/Toronto', "countryCode" = 'CA' where id = $1`, [toronto.id]);
  // Lyon has chosen its languages and a local item; Hamilton has done nothing yet.
  await sql(`insert into "HostCityLanguage" ("hostCityId", "broadcastLanguageId") select $1, id from "BroadcastLanguage" where "eventId" = $2`, [
    paris.id,
    event.id,
  ]);
  await sql(
    `insert into "ProgramItem" (id, "eventId", "hostCityId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, $2, 'Welcome in Lyon', 'RECEPTION', 'fa', $3::timestamptz - interval '30 minutes', $3, now())`,
    [event.id, paris.id, startsAt],
  );
  await sql(
    `insert into "ProgramItem" (id, "eventId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, 'Opening panel', 'TALK', 'fa', $2, $2::timestamptz + interval '1 hour', now())`,
    [event.id, startsAt],
  );
  return { event, paris, toronto };
}

const consoleOf = async (slug: string, cookie: string) => call(`/dashboard/events/${slug}/console`, { cookie, headers: { "accept-language": "en" } });

describe("the go-live console", () => {
  it("scores each city's readiness, and the organizers' marks on the day move it", async () => {
    const { event, paris } = await dayOfEvent();
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const before = await consoleOf(event.slug, coordinator);
    expect(before.status).toBe(200);
    expect(before.visible).toContain("Host cities (2), 2 not ready");
    expect(before.visible).toMatch(/Lyon.*3\/5/s);
    expect(before.visible).toMatch(/Hamilton.*1\/5/s);

    const organizer = (await signIn("paris@demo.test"))!;
    const mark = (what: "stream" | "ready", value: boolean, cookie = organizer) =>
      callAction("markCityAction", [event.slug, paris.slug, what, value, null], { cookie, params: { slug: event.slug, citySlug: paris.slug } });
    expect((await mark("stream", true)).result).toMatchObject({ ok: true });
    expect((await mark("ready", true)).result).toMatchObject({ ok: true });
    // Another city's organizer may not say Lyon is ready.
    expect((await mark("ready", false, (await signIn("toronto@demo.test"))!)).result).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await sql(`select "streamCheckedAt", "readyAt" from "HostCity" where id = $1`, [paris.id]);
    expect(row.streamCheckedAt).not.toBeNull();
    expect(row.readyAt).not.toBeNull();

    const after = await consoleOf(event.slug, coordinator);
    expect(after.visible).toContain("Host cities (2), 1 not ready");
    expect(after.visible).toMatch(/Lyon.*5\/5/s);
    // The day's log says who pressed what.
    expect(after.visible).toMatch(/city\.streamChecked · Lyon/);
    expect(after.visible).toMatch(/city\.ready · Lyon/);
  });

  it("shows who is on each language's microphone now and next, and the items nobody covers", async () => {
    const { event } = await dayOfEvent();
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const page = await consoleOf(event.slug, coordinator);
    // Before the start: nothing on now, the opening panel next, with nobody on either microphone.
    expect(page.visible).toMatch(/Persian.*No stream link.*Now.*Nothing.*Next.*Opening panel.*Nobody on the microphone.*1 item without anyone/s);
    expect(page.visible).toMatch(/English.*Opening panel.*Nobody on the microphone/s);
  });

  it("reminds a lagging city's organizers of what is missing, once per press, and only coordinators may", async () => {
    const { event, toronto } = await dayOfEvent();
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const remind = (cookie: string) => callAction("remindCityAction", [event.slug, toronto.slug, null], { cookie, params: { slug: event.slug } });
    expect((await remind((await signIn("toronto@demo.test"))!)).result).toMatchObject({ ok: false, code: "forbidden" });
    expect((await remind(coordinator)).result).toMatchObject({ ok: true, code: "reminded" });
    expect((await remind(coordinator)).result).toMatchObject({ ok: true });
    const sent = await sql(`select "toEmail", subject, text from "Message" where kind = 'city.reminder' and "eventId" = $1`, [event.id]);
    expect(sent).toHaveLength(1); // the second press within the minute sent nothing more
    expect(sent[0].toEmail).toBe("toronto@demo.test");
    expect(sent[0].subject).toBe(`Hamilton: still to do before Test event ${event.slug}`);
    // Its start in the city's own clock, and each missing thing.
    expect(sent[0].text).toContain("11:00");
    expect(sent[0].text).toContain("America/Toronto");
    for (const line of ["choose the broadcast languages", "add your city's local program", "check your stream", "say that your city is ready"]) {
      expect(sent[0].text).toContain(line);
    }
    expect(sent[0].text).not.toContain("complete the venue"); // its venue is complete
    const [audit] = await sql(`select count(*)::int as n from "AuditEntry" where action = 'city.remind' and "eventId" = $1`, [event.id]);
    expect(audit.n).toBe(2);
  });

  it("is for coordinators: an organizer gets the forbidden page", async () => {
    const { event } = await dayOfEvent();
    const page = await consoleOf(event.slug, (await signIn("paris@demo.test"))!);
    expect(page.status).toBe(403);
  });
});

describe("the daylight-saving guard on the console", () => {
  it("warns in the March window with the true and the usual time, and in the November one", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const march = await dayOfEvent("2027-03-20T16:00:00Z");
    const page = await consoleOf(march.event.slug, coordinator);
    expect(page.visible).toContain("Clocks out of step this week.");
    expect(page.visible).toContain("17:00 CET is 12:00 in Toronto this week, not 11:00.");
    const november = await dayOfEvent("2027-11-01T16:00:00Z");
    expect((await consoleOf(november.event.slug, coordinator)).visible).toContain("17:00 CET is 12:00 in Toronto this week, not 11:00.");
  });

  it("says nothing outside those weeks", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    for (const startsAt of ["2027-03-06T16:00:00Z", "2027-04-03T15:00:00Z", "2027-08-28T15:00:00Z", "2027-11-13T16:00:00Z"]) {
      const { event } = await dayOfEvent(startsAt);
      expect((await consoleOf(event.slug, coordinator)).visible, startsAt).not.toContain("Clocks out of step");
    }
  });
});
