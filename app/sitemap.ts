// /sitemap.xml: every public event page and its approved host cities' pages.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { getPublicEvent, listPublicEvents } from "@/lib/data/events";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const h = await headers();
  const origin = process.env.PUBLIC_BASE_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  const events = await listPublicEvents();
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/`, changeFrequency: "daily" }];
  for (const summary of events) {
    const event = await getPublicEvent(summary.slug);
    if (!event) continue;
    entries.push({ url: `${origin}/events/${event.slug}`, changeFrequency: "daily" });
    for (const city of event.cities) entries.push({ url: `${origin}/events/${event.slug}/cities/${city.slug}`, changeFrequency: "weekly" });
  }
  return entries;
}
