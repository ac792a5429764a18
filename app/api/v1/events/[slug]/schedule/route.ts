// GET /api/v1/events/{slug}/schedule?tz=&lang=&city= - the program in a zone, one language's line-up, a city's local items
import { apiHandler, publicRead, viewerRead } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { getPublicSchedule, getSchedule } from "@/lib/data/schedule";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const params = request.nextUrl.searchParams;
  const query = { tz: params.get("tz"), lang: params.get("lang"), city: params.get("city") };
  const viewer = await readerOf(request);
  if (viewer) return viewerRead(request, await getSchedule(slug, viewer, query));
  // Anonymous: the cached representation as it is, not parsed and serialized again.
  return publicRead(request, await getPublicSchedule(slug, query));
});
