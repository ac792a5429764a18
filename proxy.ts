/**
 * Runs before every page request: negotiates the interface language (remembered choice,
 * else Accept-Language, else English) and rewrites to the internal app/[locale] segment.
 * No authorization happens here: guards sit next to the data (lib/auth/guards.ts).
 */
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

export function proxy(request: NextRequest) {
  return intl(request);
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension (feeds, exports).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
