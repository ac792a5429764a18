// POST /api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/approve - the city's organizers or a coordinator approves a registration awaiting approval
import { apiHandler, json } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { decideRegistration } from "@/lib/data/registrations";

export const POST = apiHandler<{ slug: string; citySlug: string; id: string }>(async (_request, { slug, citySlug, id }) => {
  const user = await requireUser();
  return json(await decideRegistration(user, slug, citySlug, id, "approve"));
});
