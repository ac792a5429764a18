// GET /api/v1/events/{slug}/schedule?tz=&lang=&city= - the program in a zone, one language's line-up, a city's local items
import { apiHandler, json } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache";
import { getPublicScheduleJson, getSchedule } from "@/lib/data/schedule";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const params = request.nextUrl.searchParams;
  const query = { tz: params.get("tz"), lang: params.get("lang"), city: params.get("city") };
  const viewer = await readerOf(request);
  if (viewer) return json(await getSchedule(slug, viewer, query), { headers: { "cache-control": "private, no-store", vary: "Cookie" } });
  // Anonymous: the cached JSON text as it is, not parsed and serialized again.
  return new Response(await getPublicScheduleJson(slug, query), {
    headers: { "content-type": "application/json", "cache-control": PUBLIC_CACHE_CONTROL, vary: "Cookie" },
  });
});
