/**
 * No N+1: what a cache miss of each public read (event page, city page, schedule API,
 * feeds) and the coverage board costs in SQL queries, counted with Prisma's query events,
 * is the same for a small event and a large one. Runs the app's own loaders in this process
 * against the test database (outside Next: the loaders themselves, exactly what a cache miss runs).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseUrl, sql } from "./helpers";
import { largeEventRows, seedLargeEvent, type LargeEventShape } from "../../prisma/seed/large";

vi.mock("server-only", () => ({}));

const SMALL: LargeEventShape = { slug: "query-count-small", cities: 2, sharedItems: 3, localItemsPerCity: 1, languages: 1, speakers: 2 };
const LARGE: LargeEventShape = { slug: "query-count-large", cities: 60, sharedItems: 80, localItemsPerCity: 4, languages: 4, speakers: 150 };

let queries = 0;
let app: {
  events: typeof import("@/lib/data/events");
  schedule: typeof import("@/lib/data/schedule");
  coverage: typeof import("@/lib/data/coverage");
};

const coordinator = {
  id: "00000000-0000-4000-8000-000000000001",
  email: "c@example.org",
  name: "C",
  role: "COORDINATOR" as const,
  locale: "en",
  mustChangePassword: false,
};

async function cost<T>(read: () => Promise<T>): Promise<{ queries: number; result: T }> {
  queries = 0;
  const result = await read();
  return { queries, result };
}

async function cleanUp() {
  for (const shape of [SMALL, LARGE]) {
    const rows = largeEventRows(shape);
    await sql(`delete from "Event" where slug = $1`, [shape.slug]);
    await sql(`delete from "Speaker" where id = any($1::uuid[])`, [rows.speakers.map((s) => s.id)]);
  }
}

beforeAll(async () => {
  await cleanUp();
  await seedLargeEvent(databaseUrl(), SMALL);
  await seedLargeEvent(databaseUrl(), LARGE);
  process.env.DATABASE_URL = databaseUrl();
  process.env.AUTH_SECRET ??= "query-count-test-secret-0123456789abcdef";
  process.env.DATABASE_QUERY_EVENTS = "1";
  const { db } = await import("@/lib/db");
  db.$on("query", () => void queries++);
  app = { events: await import("@/lib/data/events"), schedule: await import("@/lib/data/schedule"), coverage: await import("@/lib/data/coverage") };
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await cleanUp();
});

describe("queries per read do not grow with the event", () => {
  it("event and city pages (the public event and its program; the feeds read the same)", async () => {
    const small = await cost(async () => [await app.events.loadPublicEvent(SMALL.slug), await app.events.loadPublicProgram(SMALL.slug)] as const);
    const large = await cost(async () => [await app.events.loadPublicEvent(LARGE.slug), await app.events.loadPublicProgram(LARGE.slug)] as const);
    // The reads really are of different sizes...
    expect(small.result[0]?.cities).toHaveLength(2);
    expect(large.result[0]?.cities).toHaveLength(60);
    expect(large.result[1]).toHaveLength(80 + 60 * 4);
    expect(large.result[1].find((item) => item.title === "Session 1")?.assignments).toHaveLength(4);
    // ...and cost the same.
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });

  it("schedule API as a coordinator sees it (drafts included, straight from the database)", async () => {
    const read = (slug: string) => () => app.schedule.getSchedule(slug, coordinator, { tz: "America/Toronto", lang: null, city: "city-002" });
    const small = await cost(read(SMALL.slug));
    const large = await cost(read(LARGE.slug));
    expect(small.result.items).toHaveLength(3 + 1);
    expect(large.result.items).toHaveLength(80 + 4);
    // The shared opening at 17:00 Paris is 11:00 in Toronto.
    expect(large.result.items.find((item) => item.title === "Session 1")?.localStart).toBe("2027-09-18T11:00:00-04:00");
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });

  it("coverage board (items x languages, with double-booking checks)", async () => {
    const small = await cost(() => app.coverage.coverage(coordinator, SMALL.slug));
    const large = await cost(() => app.coverage.coverage(coordinator, LARGE.slug));
    expect(small.result?.rows).toHaveLength(3);
    expect(large.result?.rows).toHaveLength(80);
    expect(large.result?.rows[0]?.cells).toHaveLength(4);
    expect(large.result?.rows.every((row) => row.cells.every((cell) => !cell.gap && !cell.conflict))).toBe(true);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
