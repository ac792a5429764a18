// GET /api/locale?lang=fa&next=/events/x - remember the interface language (cookie) and go back.
// A plain link, so switching works without JavaScript; only same-site paths are followed.
import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { internalPath } from "@/lib/redirect";

export function GET(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang");
  const path = internalPath(request.nextUrl.searchParams.get("next"));
  const response = NextResponse.redirect(new URL(path, request.nextUrl.origin), 303);
  if (hasLocale(routing.locales, lang)) {
    // The same cookie the proxy's negotiation reads first (lib/i18n/routing.ts).
    response.cookies.set("NEXT_LOCALE", lang, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
