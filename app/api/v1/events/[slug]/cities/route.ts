// POST /api/v1/events/{slug}/cities - a signed-in organizer registers a city venue (pending)
import { apiHandler, json, readJson } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { registerCity } from "@/lib/data/cities";
import { registerCitySchema } from "@/lib/validation/city";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  const city = await registerCity(user, slug, () => readJson(request, registerCitySchema));
  return json(city, { status: 201 });
});
