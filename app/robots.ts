// /robots.txt: public pages open to search engines, private ones not.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const h = await headers();
  const origin = process.env.PUBLIC_BASE_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/sign-in", "/sign-up", "/api/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
