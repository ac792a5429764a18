// POST /api/v1/events/{slug}/cities - a signed-in organizer registers a city venue (pending)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { registerCity } from "@/lib/data/cities";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  const city = await registerCity(user, slug, jsonBody(request));
  return json(city, { status: 201 });
});
