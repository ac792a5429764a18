// /robots.txt: public pages open to search engines, private ones not.
import { siteUrl } from "@/lib/export/site-url";
import type { MetadataRoute } from "next";
import { headers } from "next/headers";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteUrl(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/sign-in", "/sign-up", "/api/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
