// POST /api/v1/events/{slug}/cities/{citySlug}/withdraw - that city's organizer withdraws
import { apiHandler, json } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { changeCityStatus } from "@/lib/data/cities";

export const POST = apiHandler<{ slug: string; citySlug: string }>(async (_request, { slug, citySlug }) => {
  const user = await requireUser();
  return json(await changeCityStatus(user, slug, citySlug, "withdraw"));
});
