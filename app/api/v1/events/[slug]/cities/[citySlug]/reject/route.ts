// POST /api/v1/events/{slug}/cities/{citySlug}/reject - coordinator rejects, body { "reason" }
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { changeCityStatus } from "@/lib/data/cities";

export const POST = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  const user = await requireUser();
  return json(await changeCityStatus(user, slug, citySlug, "reject", jsonBody(request)));
});
