// GET /api/v1/time-zones?locale=fa&date=2027-08-28 - every zone a picker offers, named in an interface
// language, with its offset on that date (public; the attendee's zone picker loads it when opened)
import { apiHandler, publicRead } from "@/lib/api/handler";
import { represent } from "@/lib/http/representation";
import { ApiError } from "@/lib/api/errors";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { zoneOptions } from "@/lib/time/zone-options";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const GET = apiHandler(async (request) => {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") ?? "en";
  const date = params.get("date") ?? "";
  const issues = [];
  if (!(INTERFACE_LOCALES as readonly string[]).includes(locale)) issues.push({ path: "locale", message: `Use one of: ${INTERFACE_LOCALES.join(", ")}.` });
  const match = DATE.exec(date);
  // Noon UTC: the date's offsets, whatever side of the date line the reader is on.
  const at = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== date) issues.push({ path: "date", message: "Use a date like 2027-08-28." });
  if (issues.length) throw new ApiError("validation_error", "The request is not valid.", issues);
  // The same for everyone, and only changes with tzdata: cached by browsers and shared caches for a day.
  return publicRead(request, represent(JSON.stringify({ zones: zoneOptions(locale, at!) })), {
    cacheControl: "public, max-age=86400, s-maxage=86400",
    vary: [],
  });
});
