// GET   /api/v1/events/{slug}/cities/{citySlug} - one city (private details for its organizers and coordinators)
// PATCH /api/v1/events/{slug}/cities/{citySlug} - change city or venue fields; optional `version`
import { apiHandler, json, jsonBody, publicRead, viewerRead } from "@/lib/api/handler";
import { publicCityAnswer } from "@/lib/data/answers";
import { readerOf } from "@/lib/api/viewer";
import { isApiError, requireUser } from "@/lib/auth/guards";
import { getCityDetail, updateCity } from "@/lib/data/cities";

type Params = { slug: string; citySlug: string };

export const GET = apiHandler<Params>(async (request, { slug, citySlug }) => {
  const reader = await readerOf(request);
  if (reader) {
    try {
      return viewerRead(request, await getCityDetail(reader, slug, citySlug));
    } catch (error) {
      // Not theirs (or not visible): fall back to what the public may read.
      if (!isApiError(error) || (error.status !== 403 && error.status !== 404)) throw error;
    }
  }
  return publicRead(request, await publicCityAnswer(slug, citySlug));
});

export const PATCH = apiHandler<Params>(async (request, { slug, citySlug }) => {
  const user = await requireUser();
  return json(await updateCity(user, slug, citySlug, jsonBody(request)));
});
