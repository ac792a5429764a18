// The demo data: loaded once by the test server; loading it again must change nothing.
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo";
import { databaseUrl, sql } from "./helpers";

const TABLES = ["User", "Event", "BroadcastLanguage", "HostCity", "CityOrganizer", "HostCityLanguage", "ProgramItem", "Speaker", "Assignment"];

async function snapshot() {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) result[table] = await sql(`select * from "${table}" order by 1, 2`);
  return result;
}

describe("demo data", () => {
  it("is idempotent: a second load inserts nothing and changes nothing", async () => {
    const before = await snapshot();
    expect(await seedDemo(databaseUrl())).toMatch(/nothing to insert/);
    expect(await snapshot()).toEqual(before);
  });

  it("holds the 2018 conference with its 18 approved cities in their own zones", async () => {
    const cities = await sql(
      `select c.slug, c."timeZone", c.status from "HostCity" c join "Event" e on e.id = c."eventId"
       where e.slug = 'interactive-conference-2018' order by c.slug`,
    );
    expect(cities).toHaveLength(18);
    expect(cities.every((c) => c.status === "APPROVED")).toBe(true);
    const zone = Object.fromEntries(cities.map((c) => [c.slug, c.timeZone]));
    expect(zone).toMatchObject({
      paris: "Europe/Paris",
      bern: "Europe/Zurich",
      ottawa: "America/Toronto",
      gothenburg: "Europe/Stockholm",
      aarhus: "Europe/Copenhagen",
      stuttgart: "Europe/Berlin",
      frankfurt: "Europe/Berlin",
      vancouver: "America/Vancouver",
    });
    const [event] = await sql(`select "startsAt", "endsAt" from "Event" where slug = 'interactive-conference-2018'`);
    expect(event.startsAt.toISOString()).toBe("2018-08-25T15:00:00.000Z");
    expect(event.endsAt.toISOString()).toBe("2018-08-25T18:00:00.000Z");
  });

  it("holds the upcoming 2027 edition with 5 approved and 2 pending cities, and a draft for 2028", async () => {
    const counts = await sql(
      `select c.status, count(*)::int as n from "HostCity" c join "Event" e on e.id = c."eventId"
       where e.slug = 'interactive-conference-2027' group by c.status order by c.status::text`,
    );
    expect(counts).toEqual([
      { status: "APPROVED", n: 5 },
      { status: "PENDING", n: 2 },
    ]);
    const [draft] = await sql(`select status from "Event" where slug = 'planning-2028'`);
    expect(draft.status).toBe("DRAFT");
  });

  it("stores passwords hashed with argon2id, never in clear", async () => {
    const users = await sql(`select email, "passwordHash" from "User" order by email`);
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining(["admin@demo.test", "coordinator@demo.test", "paris@demo.test", "toronto@demo.test"]));
    for (const user of users) expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
