// POST /api/v1/events/{slug}/items - add a program item: shared (coordinators) or local to a city (also its organizers)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { createItem } from "@/lib/data/items";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  return json(await createItem(user, slug, jsonBody(request)), { status: 201 });
});
