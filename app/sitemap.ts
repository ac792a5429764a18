// /sitemap.xml: every public page in every interface language (/fa/events/{slug}...), each with
// its other languages as alternates, so search engines offer readers their own.
import { siteUrl } from "@/lib/export/site-url";
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { pageReads } from "@/lib/data/reads";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { publicAlternates } from "@/lib/i18n/public-paths";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl(await headers());
  const events = await pageReads.events();
  const paths: [path: string, changeFrequency: "daily" | "weekly"][] = [["/", "daily"]];
  for (const summary of events) {
    const event = await pageReads.event(summary.slug);
    if (!event) continue;
    paths.push([`/events/${event.slug}`, "daily"]);
    for (const city of event.cities) paths.push([`/events/${event.slug}/cities/${city.slug}`, "weekly"]);
  }
  return paths.flatMap(([path, changeFrequency]) =>
    INTERFACE_LOCALES.map((locale) => {
      const { canonical, languages } = publicAlternates(locale, path);
      return {
        url: `${origin}${canonical}`,
        changeFrequency,
        alternates: { languages: Object.fromEntries(Object.entries(languages).map(([code, href]) => [code, `${origin}${href}`])) },
      };
    }),
  );
}
