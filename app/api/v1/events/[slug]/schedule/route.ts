// GET /api/v1/events/{slug}/schedule?tz=&lang=&city= - the program in a zone, one language's line-up, a city's local items
import { apiHandler, json } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { getSchedule } from "@/lib/data/schedule";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const params = request.nextUrl.searchParams;
  const schedule = await getSchedule(slug, await readerOf(request), { tz: params.get("tz"), lang: params.get("lang"), city: params.get("city") });
  return json(schedule);
});
