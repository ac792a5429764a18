import "server-only";
import { publicBaseUrl } from "@/lib/env";

/**
 * The site's absolute origin: PUBLIC_BASE_URL, else the request's. Forwarded host and protocol
 * reach the app only from a trusted proxy (the edge drops them otherwise, lib/http/edge.ts).
 */
export function siteUrl(headers: Headers): string {
  const configured = publicBaseUrl();
  if (configured) return configured;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
