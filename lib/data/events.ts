/**
 * Reads of events. Public reads are cached (Next's data cache, tagged per event) so a crowd
 * at the start minute costs no queries; writes call revalidateEvent().
 */
import "server-only";
import { slugSchema } from "@/lib/validation/common";
import { cachedRead, EVENTS_TAG, eventTags, invalidate } from "@/lib/cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toUtcIso } from "@/lib/time";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { eventJson, eventSummaryJson, eventWithCities, type EventJson, type EventSummaryJson } from "@/lib/data/event-json";

const PUBLIC_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

async function loadPublicEvents(): Promise<EventSummaryJson[]> {
  const events = await db.event.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: { startsAt: "desc" },
    include: {
      languages: { orderBy: { position: "asc" }, select: { code: true } },
      _count: { select: { cities: { where: { status: "APPROVED" } } } },
    },
  });
  return events.map(eventSummaryJson);
}

/** Published and cancelled events, newest first. */
export const listPublicEvents = cachedRead("public-events", loadPublicEvents, () => [EVENTS_TAG]);

async function loadPublicEvent(slug: string): Promise<EventJson | null> {
  const event = await db.event.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    include: eventWithCities,
  });
  return event ? eventJson(event, { allCities: false }) : null;
}

/** Cached reads of one public event; what a cache miss costs is `.uncached` (query-count test). */
export const publicEvent = cachedRead("public-event", loadPublicEvent, eventTags);

// The addresses of every public event page and city page ("slug", "slug/city"), one small entry
// in the memo alone (proxy.ts asks it for every event and city page, outside any render). A slug
// not in it is read from the database without caching: a made-up slug never creates cache
// entries, and an event published behind the app's back is still found at once.
const publicPages = cachedRead(
  "public-pages",
  async () => {
    const events = await db.event.findMany({
      where: { status: { in: [...PUBLIC_STATUSES] } },
      select: { slug: true, cities: { where: { status: "APPROVED" }, select: { slug: true } } },
    });
    return events.flatMap((event) => [event.slug, ...event.cities.map((city) => `${event.slug}/${city.slug}`)]);
  },
  () => [EVENTS_TAG],
  { memo: true, dataCache: false },
);

/**
 * Whether a public event page (or one of its city pages) exists. Known addresses answer from
 * the memo; anything else is asked of the database, uncached, so an event published a moment
 * ago (or behind the app's back) is found at once, and a made-up address costs one query and
 * stores nothing.
 */
async function isPublic(slug: string): Promise<boolean> {
  return (await publicPages()).includes(slug);
}

export async function isPublicPage(slug: string, citySlug?: string): Promise<boolean> {
  if (!slugSchema.safeParse(slug).success || (citySlug !== undefined && !slugSchema.safeParse(citySlug).success)) return false;
  const address = citySlug === undefined ? slug : `${slug}/${citySlug}`;
  if ((await publicPages()).includes(address)) return true;
  const event = await db.event.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: { cities: { where: { status: "APPROVED", ...(citySlug === undefined ? {} : { slug: citySlug }) }, select: { slug: true } } },
  });
  return Boolean(event) && (citySlug === undefined || event!.cities.length > 0);
}

// The same read through the in-process memo, for route handlers (the API and feeds check
// every request against the event): a hit is a Map lookup, not a parse of the whole event.
// Pages must not use it (lib/cache.ts says why).
const publicEventInRoutes = cachedRead("public-event", loadPublicEvent, eventTags, { memo: true });

/** A published or cancelled event with its approved cities, as the public sees it. */
export async function getPublicEvent(slug: string, { inRouteHandler = false } = {}): Promise<EventJson | null> {
  if (!(await isPublic(slug))) return loadPublicEvent(slug);
  return (inRouteHandler ? publicEventInRoutes : publicEvent)(slug);
}

/**
 * The event as `viewer` may see it: coordinators also see drafts and every city's status;
 * everyone else gets the public view (drafts do not exist for them).
 */
export async function getEventForViewer(slug: string, viewer: SessionUser | null): Promise<EventJson | null> {
  if (!viewer || !can(viewer.role, "event.readDraft")) return getPublicEvent(slug);
  const event = await db.event.findUnique({ where: { slug }, include: eventWithCities });
  return event ? eventJson(event, { allCities: true }) : null;
}

/** Call after any change to an event or what hangs from it: its pages, API and feeds. */
export function revalidateEvent(slug: string) {
  invalidate(eventTags(slug));
}

export type ProgramAssignment = { language: string; role: string; status: string; speaker: { id: string; name: string; affiliation: string } };
export type PublicProgramItem = {
  id: string;
  title: string;
  kind: string;
  description: string;
  language: string;
  citySlug: string | null;
  startsAt: string;
  endsAt: string;
  version: number;
  assignments: ProgramAssignment[];
};

const programInclude = {
  hostCity: { select: { slug: true } },
  assignments: {
    include: {
      broadcastLanguage: { select: { code: true, position: true } },
      // Only public fields of a speaker: never the private contact.
      speaker: { select: { id: true, name: true, affiliation: true } },
    },
    orderBy: [{ role: "asc" as const }, { createdAt: "asc" as const }],
  },
} satisfies Prisma.ProgramItemInclude;

type ProgramRow = Prisma.ProgramItemGetPayload<{ include: typeof programInclude }>;

type ItemFields = { id: string; title: string; kind: string; description: string; language: string; startsAt: Date; endsAt: Date; version: number };

/** The fields of a program item as the API and the pages show them (assignments aside). */
export function programItemFields(item: ItemFields, citySlug: string | null): Omit<PublicProgramItem, "assignments"> {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind.toLowerCase(),
    description: item.description,
    language: item.language,
    citySlug,
    startsAt: toUtcIso(item.startsAt),
    endsAt: toUtcIso(item.endsAt),
    version: item.version,
  };
}

function programItem(item: ProgramRow, { withDeclined }: { withDeclined: boolean }): PublicProgramItem {
  return {
    ...programItemFields(item, item.hostCity?.slug ?? null),
    assignments: item.assignments
      .filter((a) => withDeclined || a.status !== "DECLINED")
      .sort((a, b) => a.broadcastLanguage.position - b.broadcastLanguage.position)
      .map((a) => ({ language: a.broadcastLanguage.code, role: a.role.toLowerCase(), status: a.status.toLowerCase(), speaker: a.speaker })),
  };
}

/**
 * A program: shared items and the local items of approved cities (all cities' for
 * `allCities`), in order, with their assignments.
 */
export async function loadProgram(eventId: string, { allCities, withDeclined }: { allCities: boolean; withDeclined: boolean }) {
  const items = await db.programItem.findMany({
    where: { eventId, ...(allCities ? {} : { OR: [{ hostCityId: null }, { hostCity: { status: "APPROVED" } }] }) },
    orderBy: [{ startsAt: "asc" }, { position: "asc" }],
    include: programInclude,
  });
  return items.map((item) => programItem(item, { withDeclined }));
}

async function loadPublicProgram(slug: string): Promise<PublicProgramItem[]> {
  const event = await db.event.findFirst({ where: { slug, status: { in: [...PUBLIC_STATUSES] } }, select: { id: true } });
  return event ? loadProgram(event.id, { allCities: false, withDeclined: false }) : [];
}

/** The shared program and the approved cities' local items of a public event, in order. */
export async function getPublicProgram(slug: string): Promise<PublicProgramItem[]> {
  return (await isPublic(slug)) ? publicProgram(slug) : loadPublicProgram(slug);
}

export const publicProgram = cachedRead("public-program", loadPublicProgram, eventTags);
