/**
 * The public feeds (ICS, c3voc schedule.json and schedule.xml) as finished text, cached per
 * event like the pages and invalidated with them: under a crowd a feed is a cache read.
 * Feeds hold absolute URLs, so the text depends on the site's origin: only the configured
 * PUBLIC_BASE_URL is cached (a made-up Host header must not create cache entries); without
 * it every request builds its feed from the cached event and program.
 */
import "server-only";
import type { NextRequest } from "next/server";
import { notFound } from "@/lib/api/errors";
import { cachedRead, eventTags, PUBLIC_CACHE_CONTROL } from "@/lib/cache";
import { routeReads } from "@/lib/data/reads";
import { buildSchedule, scheduleXml } from "@/lib/export/c3voc";
import { cityCalendar, eventCalendar } from "@/lib/export/ics";
import { publicBaseUrl } from "@/lib/env";
import { siteUrl } from "@/lib/export/site-url";
import type { CityJson, EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { localProgram } from "@/lib/program-view";

type FeedInput = { event: EventJson; program: PublicProgramItem[]; city: CityJson | undefined; origin: string };

/**
 * Every feed: its content type and the builder of its text. A new export is one builder in
 * lib/export/ and one entry here, then one route file that calls publicFeed with its kind.
 */
const FEEDS = {
  "calendar.ics": {
    contentType: "text/calendar; charset=utf-8",
    build: ({ event, program, city, origin }: FeedInput) =>
      city ? cityCalendar(event, city, localProgram(program, city.slug), origin) : eventCalendar(event, origin),
  },
  "schedule.json": {
    contentType: "application/json",
    build: ({ event, program, origin }: FeedInput) => JSON.stringify(buildSchedule(event, program, origin)),
  },
  "schedule.xml": {
    contentType: "application/xml; charset=utf-8",
    build: ({ event, program, origin }: FeedInput) => scheduleXml(buildSchedule(event, program, origin)),
  },
} as const;

export type FeedKind = keyof typeof FEEDS;

async function buildFeed(kind: FeedKind, slug: string, citySlug: string, origin: string): Promise<string> {
  const [event, program] = await Promise.all([routeReads.event(slug), routeReads.program(slug)]);
  const city = event?.cities.find((c) => c.slug === citySlug);
  if (!event || (citySlug && !city)) throw notFound(citySlug ? "This host city" : "This event");
  return FEEDS[kind].build({ event, program, city, origin });
}

const cachedFeed = cachedRead("public-feed", buildFeed, (_kind, slug) => eventTags(slug), { memo: true });

/** The feed's text; 404 (ApiError) for an event or city the public cannot see. */
export async function publicFeed(request: NextRequest, kind: FeedKind, slug: string, citySlug = ""): Promise<string> {
  // Checked before the cache, from cached data, so unknown names never become entries.
  const event = await routeReads.event(slug);
  if (!event) throw notFound("This event");
  if (citySlug && !event.cities.some((c) => c.slug === citySlug)) throw notFound("This host city");
  const origin = siteUrl(request.headers);
  const cacheable = publicBaseUrl() !== undefined;
  return (cacheable ? cachedFeed : buildFeed)(kind, slug, citySlug, origin);
}

/** The headers of a feed response (type, shared caching, and a file name when given). */
export function feedHeaders(kind: FeedKind, filename?: string): HeadersInit {
  return {
    "content-type": FEEDS[kind].contentType,
    "cache-control": PUBLIC_CACHE_CONTROL,
    ...(filename ? { "content-disposition": `inline; filename="${filename}"` } : {}),
  };
}
