// POST /api/v1/events/{slug}/cities/{citySlug}/reject - coordinator rejects, body { "reason" }
import { apiHandler, json, readJson } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { changeCityStatus } from "@/lib/data/cities";
import { rejectCitySchema } from "@/lib/validation/city";

export const POST = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  const user = await requireUser();
  const parseReason = async () => (await readJson(request, rejectCitySchema)).reason;
  return json(await changeCityStatus(user, slug, citySlug, "reject", parseReason));
});
