/**
 * Every cached public read, in one place (and the reads for a signed-in viewer built on them): the loaders of lib/data/events.ts behind the caches
 * of lib/cache.ts. Pages read through `pageReads` (Next's data cache, which tags the rendered
 * page so a write drops it); route handlers (the API and feeds, never page-cached) through
 * `routeReads`, which adds the in-process memo. An address that is not public is read from
 * the database uncached, so a made-up slug never becomes a cache entry.
 */
import "server-only";
import { cachedRead, EVENTS_TAG, eventTags, forgetMemo } from "@/lib/cache";
import type { EventJson, EventSummaryJson } from "@/lib/data/event-json";
import {
  loadIsPublicPage,
  loadLastChange,
  loadPublicEvent,
  loadPublicEvents,
  loadPublicPages,
  loadPublicProgram,
  type PublicProgramItem,
} from "@/lib/data/events";
import { eventJson, eventWithCities } from "@/lib/data/event-json";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

// The addresses of every public page, one small entry in the memo alone (proxy.ts asks it for
// every event and city page, outside any render, where Next's data cache is not available).
const publicPages = cachedRead("public-pages", loadPublicPages, () => [EVENTS_TAG], { memo: true, dataCache: false });

/**
 * Whether a public event page (or one of its city pages) exists. Known addresses answer from
 * the memo; anything else is asked of the database, uncached, so an event published a moment
 * ago (or behind the app's back) is found at once, and a made-up address stores nothing.
 */
export async function isPublicPage(slug: string, citySlug?: string): Promise<boolean> {
  if ((await publicPages()).includes(citySlug === undefined ? slug : `${slug}/${citySlug}`)) return true;
  const exists = await loadIsPublicPage(slug, citySlug);
  // Published behind the app's back (a script, a restore): the list is behind, and is read again.
  if (exists) forgetMemo("public-pages");
  return exists;
}

type Reads = {
  events: () => Promise<EventSummaryJson[]>;
  event: (slug: string) => Promise<EventJson | null>;
  program: (slug: string) => Promise<PublicProgramItem[]>;
  /** When the public event last changed (ISO 8601), or null (lib/data/events.ts loadLastChange). */
  lastChange: (slug: string) => Promise<string | null>;
};

function reads(memo: boolean): Reads {
  const events = cachedRead("public-events", loadPublicEvents, () => [EVENTS_TAG], { memo });
  const event = cachedRead("public-event", loadPublicEvent, eventTags, { memo });
  const program = cachedRead("public-program", loadPublicProgram, eventTags, { memo });
  const lastChange = cachedRead("public-last-change", loadLastChange, eventTags, { memo });
  // Only a public event's reads are cached (a made-up slug stores nothing); an event the list
  // does not know yet is asked of the database, so that a page rendered now is still tagged.
  const known = (slug: string) => isPublicPage(slug);
  return {
    events,
    event: async (slug) => ((await known(slug)) ? event(slug) : loadPublicEvent(slug)),
    program: async (slug) => ((await known(slug)) ? program(slug) : loadPublicProgram(slug)),
    lastChange: async (slug) => ((await known(slug)) ? lastChange(slug) : loadLastChange(slug)),
  };
}

/** For pages (and the sitemap): Next's data cache, so the rendered page carries the tags. */
export const pageReads = reads(false);
/** For route handlers: the memo in front of the data cache (a hit is a Map lookup). */
export const routeReads = reads(true);

/**
 * The event as `viewer` may see it: coordinators also see drafts and every city's status;
 * everyone else gets the public view (drafts do not exist for them).
 */
export async function getEventForViewer(slug: string, viewer: SessionUser | null): Promise<EventJson | null> {
  if (!viewer || !can(viewer.role, "event.readDraft")) return routeReads.event(slug);
  const event = await db.event.findUnique({ where: { slug }, include: eventWithCities });
  return event ? eventJson(event, { allCities: true }) : null;
}
