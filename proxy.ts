/**
 * Runs before every page request. Public pages are addressed by language (/fa/events/x, served
 * as they are; the bare /events/x redirects to the reader's language). Other pages keep their
 * addresses: it negotiates the interface language (remembered choice, else Accept-Language,
 * else English) and rewrites to the internal app/[locale] segment.
 * On the signed-in pages it also sets a per-request CSP nonce: the policy goes on the
 * request (Next reads the nonce from it and puts it on every script it renders) and on the
 * response (lib/csp.ts). POSTs (server actions) from another site are refused here
 * (lib/origin.ts). Methods and body sizes were decided before, at the edge (server.ts,
 * lib/http/edge.ts). No authorization happens here: guards sit next to the data
 * (lib/auth/guards.ts).
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { ERROR_CSP, newNonce, nonceCsp, usesNonce } from "@/lib/csp";
import { isCrossSite } from "@/lib/origin";
import { isPublicPage } from "@/lib/data/reads";
import { routing } from "@/lib/i18n/routing";
import { isPublicPath, localizedHref, localizedPublicPath, negotiateLocale } from "@/lib/i18n/public-paths";

const intl = createMiddleware(routing);

// An event page or one of its city pages (without its language segment).
const PUBLIC_PAGE = /^\/events\/([^/]+)(?:\/cities\/([^/]+))?\/?$/;

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && isCrossSite(request.headers)) {
    // Pages take POSTs only for server actions (from JavaScript, with a Next-Action header,
    // or from a form without JavaScript): from another site, refused with the API's error body.
    return refuse(new ApiError("forbidden", "Cross-site requests are not allowed."));
  }
  const pathname = request.nextUrl.pathname;
  const localized = localizedPublicPath(pathname);
  if (!localized && isPublicPath(pathname)) {
    // A bare public address: to the reader's language (lib/i18n/public-paths.ts), never cached,
    // since the answer depends on the cookie and Accept-Language.
    const locale = negotiateLocale(request.cookies.get("NEXT_LOCALE")?.value, request.headers.get("accept-language"));
    const target = request.nextUrl.clone();
    target.pathname = localizedHref(locale, pathname);
    const response = NextResponse.redirect(target, 307);
    response.headers.set("cache-control", "private, no-store");
    response.headers.set("vary", "Cookie, Accept-Language");
    return response;
  }
  const page = PUBLIC_PAGE.exec(localized?.path ?? "");
  if (localized && page && !(await isPublicPage(decodeSegment(page[1]!), page[2] === undefined ? undefined : decodeSegment(page[2])))) {
    // Event and city pages are cached per address, and Next caches a 404 like any page: a
    // made-up address goes to the catch-all route instead, rendered per request, stored nowhere.
    const unknown = request.nextUrl.clone();
    unknown.pathname = `/${localized.locale}/unknown${localized.path}`;
    return NextResponse.rewrite(unknown);
  }
  // A localized public page: its address decides its language; no negotiation, no cookie.
  if (localized) return NextResponse.next();
  if (!usesNonce(pathname)) return intl(request);
  const policy = nonceCsp(newNonce(), process.env.NODE_ENV === "development");
  // next-intl forwards a copy of these request headers to the page it rewrites to.
  request.headers.set("content-security-policy", policy);
  const response = intl(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

/** The proxy's own answers: the API's error body, with a policy that lets nothing run. */
function refuse(error: ApiError) {
  return NextResponse.json(error.toBody(), { status: error.status, headers: { "content-security-policy": ERROR_CSP } });
}

/** A path segment as the page will see it; one that cannot be decoded matches nothing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension (feeds, exports).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
