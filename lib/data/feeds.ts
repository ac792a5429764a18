/**
 * The public feeds (ICS, c3voc schedule.json and schedule.xml) as finished representations
 * (text, ETag, last change; lib/http/representation.ts), cached per event like the pages and
 * invalidated with them: under a crowd a feed is a cache read, its 304 a hash comparison and
 * its compressed bytes made once. Feeds hold absolute URLs, so the text depends on the site's
 * origin: only the configured PUBLIC_BASE_URL is cached (a made-up Host header must not create
 * cache entries); without it every request builds its feed from the cached event and program,
 * and the answer says that it varies with the forwarded host.
 */
import "server-only";
import type { NextRequest } from "next/server";
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { assertBroadcastLanguage, localizedEvent } from "@/lib/data/event-json";
import { localized } from "@/lib/translations";
import { cachedRead, eventTags, PUBLIC_CACHE_CONTROL } from "@/lib/cache";
import { routeReads } from "@/lib/data/reads";
import { buildSchedule, scheduleXml } from "@/lib/export/c3voc";
import { cityCalendar, eventCalendar, programCalendar } from "@/lib/export/ics";
import { publicBaseUrl } from "@/lib/env";
import { answer, represent, type Representation } from "@/lib/http/representation";
import { siteUrl } from "@/lib/export/site-url";
import type { CityJson, EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { programForCity } from "@/lib/program-view";

type FeedInput = { event: EventJson; program: PublicProgramItem[]; city: CityJson | undefined; origin: string; changedAt: Date };

/**
 * Every feed: its content type and the builder of its text. A new export is one builder in
 * lib/export/ and one entry here, then one route file that calls publicFeed with its kind.
 */
const FEEDS = {
  "calendar.ics": {
    contentType: "text/calendar; charset=utf-8",
    build: ({ event, city, origin, changedAt }: FeedInput) => (city ? cityCalendar(event, city, origin, changedAt) : eventCalendar(event, origin, changedAt)),
  },
  "program.ics": {
    contentType: "text/calendar; charset=utf-8",
    build: ({ event, program, city, origin, changedAt }: FeedInput) =>
      programCalendar(event, programForCity(program, city?.slug ?? null), origin, changedAt, city),
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

async function buildFeed(kind: FeedKind, slug: string, citySlug: string, origin: string, lang: string): Promise<Representation> {
  const [found, original, lastChange] = await Promise.all([routeReads.event(slug), routeReads.program(slug), routeReads.lastChange(slug)]);
  // A language's feed: its texts where translated (lib/translations.ts), the originals elsewhere.
  const event = found && localizedEvent(found, lang || null);
  const program = lang ? original.map((item) => localized(item, lang)) : original;
  const city = event?.cities.find((c) => c.slug === citySlug);
  if (!event || (citySlug && !city)) throw notFound(citySlug ? "This host city" : "This event");
  // The same data gives the same bytes: every stamp in a feed is the data's last change.
  const changedAt = new Date(lastChange ?? event.startsAt);
  return represent(FEEDS[kind].build({ event, program, city, origin, changedAt }), changedAt);
}

const cachedFeed = cachedRead("public-feed", buildFeed, (_kind, slug) => eventTags(slug), { memo: true });

/**
 * The feed, in broadcast language `lang` when given (its address decides it:
 * /fa/events/{slug}/calendar.ics); 404 (ApiError) for an event, city or language the public
 * cannot see.
 */
async function publicFeed(request: NextRequest, kind: FeedKind, slug: string, citySlug = "", lang = ""): Promise<Representation> {
  // Checked before the cache, from cached data, so unknown names never become entries.
  const event = await routeReads.event(slug);
  if (!event) throw notFound("This event");
  if (citySlug && !event.cities.some((c) => c.slug === citySlug)) throw notFound("This host city");
  if (lang && !event.languages.some((l) => l.code === lang)) throw notFound("This feed");
  const origin = siteUrl(request.headers);
  return (publicBaseUrl() !== undefined ? cachedFeed : buildFeed)(kind, slug, citySlug, origin, lang);
}

/**
 * The GET of a feed's route. Under /{lang}/ it is that broadcast language's feed; on the bare
 * address `?lang=fa` redirects to /fa/..., so every language's feed has one cacheable address.
 */
export function feedRoute(kind: FeedKind) {
  return apiHandler<{ locale?: string; slug: string; citySlug?: string }>(async (request, { locale, slug, citySlug = "" }) => {
    const asked = request.nextUrl.searchParams.get("lang");
    if (!locale && asked) {
      const event = await routeReads.event(slug);
      if (!event) throw notFound("This event");
      assertBroadcastLanguage(event, asked);
      // A relative Location: never built from a Host header.
      return new Response(null, { status: 307, headers: { location: `/${asked}${request.nextUrl.pathname}`, "cache-control": PUBLIC_CACHE_CONTROL } });
    }
    const feed = await publicFeed(request, kind, slug, citySlug, locale ?? "");
    const name = kind.endsWith(".ics") ? `${[slug, citySlug, kind === "program.ics" ? "program" : "", locale].filter(Boolean).join("-")}.ics` : undefined;
    return answer(request, feed, {
      headers: {
        "content-type": FEEDS[kind].contentType,
        "cache-control": PUBLIC_CACHE_CONTROL,
        ...(name ? { "content-disposition": `inline; filename="${name}"` } : {}),
      },
      public: true,
      // Without PUBLIC_BASE_URL the links follow the host a trusted proxy forwarded.
      vary: publicBaseUrl() === undefined ? ["X-Forwarded-Host", "X-Forwarded-Proto"] : [],
    });
  });
}
