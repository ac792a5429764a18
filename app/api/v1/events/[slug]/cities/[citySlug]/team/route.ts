// POST /api/v1/events/{slug}/cities/{citySlug}/team - the city's organizers (or a coordinator) ask a co-organizer or a door volunteer onto its team
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { inviteToCityTeam } from "@/lib/data/city-team";

export const POST = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  const user = await requireUser();
  return json(await inviteToCityTeam(user, slug, citySlug, jsonBody(request)), { status: 201 });
});
