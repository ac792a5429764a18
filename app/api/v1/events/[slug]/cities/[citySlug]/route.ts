// GET   /api/v1/events/{slug}/cities/{citySlug} - one city (private details for its organizers and coordinators)
// PATCH /api/v1/events/{slug}/cities/{citySlug} - change city or venue fields; optional `version`
import { notFound } from "@/lib/api/errors";
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { isApiError, requireUser } from "@/lib/auth/guards";
import { getCityDetail, updateCity } from "@/lib/data/cities";
import { routeReads } from "@/lib/data/reads";

type Params = { slug: string; citySlug: string };

export const GET = apiHandler<Params>(async (request, { slug, citySlug }) => {
  const reader = await readerOf(request);
  if (reader) {
    try {
      return json(await getCityDetail(reader, slug, citySlug));
    } catch (error) {
      // Not theirs (or not visible): fall back to what the public may read.
      if (!isApiError(error) || (error.status !== 403 && error.status !== 404)) throw error;
    }
  }
  const city = (await routeReads.event(slug))?.cities.find((c) => c.slug === citySlug);
  if (!city) throw notFound("This host city");
  return json(city);
});

export const PATCH = apiHandler<Params>(async (request, { slug, citySlug }) => {
  const user = await requireUser();
  return json(await updateCity(user, slug, citySlug, jsonBody(request)));
});
