// No lost updates: concurrent edits of events, program items, assignments and accounts
// (cities and overlapping bookings are in cities.test.ts and assignments.test.ts). Every editable record carries a version; of many
// saves made from the same version exactly one wins and the rest hear 409; saves that do not
// name a version either land or hear 409, never vanish; running-order moves are serialized.
import { beforeAll, describe, expect, it } from "vitest";
import { call, callAction, createEvent, signIn, sql, unique, createAccount } from "./helpers";

let coordinator: string;
let admin: string;
beforeAll(async () => {
  coordinator = (await signIn("coordinator@demo.test"))!;
  admin = (await signIn("admin@demo.test"))!;
});

const patch = (path: string, body: unknown) => call(path, { method: "PATCH", cookie: coordinator, body: JSON.stringify(body) });

/** Shared items of `eventId` starting at 15:00 UTC, back to back, with the given lengths in minutes. */
async function sharedItems(eventId: string, minutes: number[]) {
  let start = Date.parse("2027-08-28T15:00:00Z");
  const ids: string[] = [];
  for (const [index, length] of minutes.entries()) {
    const end = start + length * 60_000;
    const [row] = await sql(
      `insert into "ProgramItem" (id, "eventId", title, kind, language, "startsAt", "endsAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, 'TALK', 'fa', $3, $4, now()) returning id`,
      [eventId, `Item ${index + 1}`, new Date(start), new Date(end)],
    );
    ids.push(row.id);
    start = end;
  }
  return ids;
}

describe("events", () => {
  it("lets exactly one of many concurrent saves of the same version win", async () => {
    const event = await createEvent();
    const titles = ["Tab A", "Tab B", "Tab C", "Tab D", "Tab E"];
    const responses = await Promise.all(titles.map((title) => patch(`/api/v1/events/${event.slug}`, { version: 1, title })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const lost of responses.filter((r) => r.status === 409)) expect(lost.body.error.code).toBe("stale_version");
    const winner = responses.find((r) => r.status === 200)!.body.title;
    const [row] = await sql(`select title, version from "Event" where id = $1`, [event.id]);
    expect(row).toEqual({ title: winner, version: 2 });
    expect(await sql(`select 1 from "AuditEntry" where "entityId" = $1 and action = 'event.update'`, [event.id])).toHaveLength(1);
  });

  it("keeps every versionless save of a different field that was answered 200, and refuses the rest with 409", async () => {
    const event = await createEvent();
    const changes = [{ title: "New title" }, { summary: "New summary" }, { registrationOpen: false }, { attendanceMode: "online" }];
    const responses = await Promise.all(changes.map((change) => patch(`/api/v1/events/${event.slug}`, change)));
    const [row] = await sql(`select title, summary, "registrationOpen", "attendanceMode", version from "Event" where id = $1`, [event.id]);
    const saved = responses.filter((r) => r.status === 200).length;
    expect(saved).toBeGreaterThan(0);
    expect(row.version).toBe(1 + saved);
    for (const [index, response] of responses.entries()) {
      expect([200, 409]).toContain(response.status);
      const change = changes[index]!;
      const landed =
        "title" in change
          ? row.title === change.title
          : "summary" in change
            ? row.summary === change.summary
            : "registrationOpen" in change
              ? row.registrationOpen === false
              : row.attendanceMode === "ONLINE";
      expect(landed, `${JSON.stringify(change)} answered ${response.status}`).toBe(response.status === 200);
    }
  });

  it("moves the whole program with the event, and a concurrent item save from before the move hears 409", async () => {
    const event = await createEvent();
    const [item] = await sharedItems(event.id, [30]);
    const [moveEvent, editItem] = await Promise.all([
      patch(`/api/v1/events/${event.slug}`, { version: 1, startsAt: "2027-08-28T16:00:00Z" }),
      patch(`/api/v1/events/${event.slug}/items/${item}`, { version: 1, title: "Edited" }),
    ]);
    expect(moveEvent.status).toBe(200);
    expect([200, 409]).toContain(editItem.status);
    const [row] = await sql(`select title, "startsAt", version from "ProgramItem" where id = $1`, [item]);
    // The shift is never lost, whichever came first; the title only if its save said 200.
    expect(new Date(row.startsAt).toISOString()).toBe("2027-08-28T16:00:00.000Z");
    expect(row.title).toBe(editItem.status === 200 ? "Edited" : "Item 1");
    expect(row.version).toBe(editItem.status === 200 ? 3 : 2);
  });
});

describe("program items", () => {
  it("lets exactly one of many concurrent saves of the same version win", async () => {
    const event = await createEvent();
    const [item] = await sharedItems(event.id, [30]);
    const responses = await Promise.all(
      ["A", "B", "C", "D"].map((tab) => patch(`/api/v1/events/${event.slug}/items/${item}`, { version: 1, title: `Tab ${tab}` })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = responses.find((r) => r.status === 200)!.body.title;
    const [row] = await sql(`select title, version from "ProgramItem" where id = $1`, [item]);
    expect(row).toEqual({ title: winner, version: 2 });
    expect(await sql(`select 1 from "AuditEntry" where "entityId" = $1 and action = 'program_item.update'`, [item])).toHaveLength(1);
  });

  it("serializes concurrent running-order moves: no overlap, no lost item, every length kept", async () => {
    const event = await createEvent();
    const lengths = [30, 45, 20, 60, 15];
    const ids = await sharedItems(event.id, lengths);
    // Neighbours moved past each other at once, from several tabs.
    const moves: [string, "up" | "down"][] = [
      [ids[0]!, "down"],
      [ids[1]!, "up"],
      [ids[1]!, "down"],
      [ids[2]!, "up"],
      [ids[3]!, "down"],
      [ids[4]!, "up"],
      [ids[2]!, "down"],
      [ids[3]!, "up"],
    ];
    // Each tab confirms the move it was shown (the order as first loaded, every version 1): one
    // that no longer matches when its turn comes is refused, never applied to another order.
    const shown = (id: string, direction: "up" | "down") => {
      const index = ids.indexOf(id);
      return { version: 1, neighbourId: ids[direction === "up" ? index - 1 : index + 1]!, neighbourVersion: 1 };
    };
    const answers = await Promise.all(
      moves.map(([id, direction]) =>
        callAction("moveItemAction", [event.slug, id, direction, shown(id, direction), null], { cookie: coordinator, params: { slug: event.slug } }),
      ),
    );
    for (const answer of answers) expect([true, "stale_version"]).toContain(answer.result.ok || answer.result.code);
    expect(answers.filter((answer) => answer.result.ok).length).toBeGreaterThan(0);
    expect(answers.filter((answer) => !answer.result.ok).length).toBeGreaterThan(0);
    const rows = await sql(`select id, "startsAt", "endsAt" from "ProgramItem" where "eventId" = $1 order by "startsAt"`, [event.id]);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    const length = (r: { startsAt: Date; endsAt: Date }) => (new Date(r.endsAt).getTime() - new Date(r.startsAt).getTime()) / 60_000;
    expect(rows.map(length).sort((a, b) => a - b)).toEqual([...lengths].sort((a, b) => a - b));
    for (let i = 1; i < rows.length; i++) expect(new Date(rows[i]!.startsAt).getTime()).toBeGreaterThanOrEqual(new Date(rows[i - 1]!.endsAt).getTime());
    // Back to back before, back to back after: the program still spans the same time.
    expect(new Date(rows[0]!.startsAt).toISOString()).toBe("2027-08-28T15:00:00.000Z");
    expect(new Date(rows.at(-1)!.endsAt).getTime() - new Date(rows[0]!.startsAt).getTime()).toBe(lengths.reduce((a, b) => a + b) * 60_000);
  });
});

describe("assignments and accounts", () => {
  it("lets one of many concurrent status changes from the same version win, and refuses a stale one", async () => {
    const event = await createEvent();
    const [item] = await sharedItems(event.id, [30]);
    const [speaker] = await sql(`insert into "Speaker" (id, name, languages, "updatedAt") values (gen_random_uuid(), $1, '{fa}', now()) returning id`, [
      unique("Race speaker"),
    ]);
    const [assignment] = await sql(
      `insert into "Assignment" (id, "programItemId", "broadcastLanguageId", "speakerId", role, status, "updatedAt")
       select gen_random_uuid(), $1, l.id, $2, 'SPEAKER', 'INVITED', now() from "BroadcastLanguage" l where l."eventId" = $3 and l.code = 'fa' returning id`,
      [item, speaker.id, event.id],
    );
    const path = `/api/v1/events/${event.slug}/items/${item}/assignments/${assignment.id}`;
    const responses = await Promise.all(["confirmed", "declined", "confirmed"].map((status) => patch(path, { version: 1, status })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const [row] = await sql(`select status, version from "Assignment" where id = $1`, [assignment.id]);
    expect(row).toEqual({ status: responses.find((r) => r.status === 200)!.body.status.toUpperCase(), version: 2 });
    const stale = await patch(path, { version: 1, status: "invited" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    await sql(`delete from "Speaker" where id = $1`, [speaker.id]);
  });

  it("lets one of two admins' concurrent changes to an account from the same version win", async () => {
    const user = await createAccount({ name: "Race" });
    const change = (body: unknown) => call(`/api/v1/users/${user.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify(body) });
    const responses = await Promise.all([change({ version: 1, role: "coordinator" }), change({ version: 1, disabled: true })]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const [row] = await sql(`select role, "disabledAt" is not null as disabled, version from "User" where id = $1`, [user.id]);
    const won = responses.find((r) => r.status === 200)!.body;
    expect(row).toEqual({ role: won.role.toUpperCase(), disabled: won.disabled, version: 2 });
    expect(row.role === "COORDINATOR" ? !row.disabled : row.disabled).toBe(true); // exactly one of the two changes
    await sql(`delete from "User" where id = $1`, [user.id]);
  });
});
