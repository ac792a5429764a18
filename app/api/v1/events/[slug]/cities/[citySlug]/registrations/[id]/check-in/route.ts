// POST /api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/check-in - the attendee is at the door (the city's organizers, coordinators)
import { apiHandler, json } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { checkIn } from "@/lib/data/registrations";

export const POST = apiHandler<{ slug: string; citySlug: string; id: string }>(async (_request, { slug, citySlug, id }) => {
  const user = await requireUser();
  return json(await checkIn(user, slug, citySlug, id));
});
