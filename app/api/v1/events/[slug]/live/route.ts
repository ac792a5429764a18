// GET /api/v1/events/{slug}/live?city= - the phase and, per broadcast language, what is on now and next.
// Shared caches may keep it 5 s; the tests' build alone takes ?at= (the tests' clock).
import { apiHandler, publicRead } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/errors";
import { getLive, LIVE_CACHE_CONTROL } from "@/lib/data/live";
import { represent } from "@/lib/http/representation";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const params = request.nextUrl.searchParams;
  let now = new Date();
  const at = params.get("at");
  if (at !== null && process.env.SIMULCONF_TEST_HOOKS === "1") {
    now = new Date(at);
    if (Number.isNaN(now.getTime())) throw new ApiError("validation_error", "at must be an ISO instant.");
  }
  const live = await getLive(slug, params.get("city") || null, now);
  return publicRead(request, represent(JSON.stringify(live)), { cacheControl: LIVE_CACHE_CONTROL, vary: [] });
});
