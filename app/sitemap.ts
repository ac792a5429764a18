// /sitemap.xml: every public event page and its approved host cities' pages.
import { siteUrl } from "@/lib/export/site-url";
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { pageReads } from "@/lib/data/reads";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl(await headers());
  const events = await pageReads.events();
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/`, changeFrequency: "daily" }];
  for (const summary of events) {
    const event = await pageReads.event(summary.slug);
    if (!event) continue;
    entries.push({ url: `${origin}/events/${event.slug}`, changeFrequency: "daily" });
    for (const city of event.cities) entries.push({ url: `${origin}/events/${event.slug}/cities/${city.slug}`, changeFrequency: "weekly" });
  }
  return entries;
}
