// POST /api/v1/events/{slug}/items/{itemId}/assignments - assign a speaker, moderator or interpreter for one language (coordinators)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { assign } from "@/lib/data/assignments";

export const POST = apiHandler<{ slug: string; itemId: string }>(async (request, { slug, itemId }) => {
  const user = await requireUser();
  // Any JSON object: assign() decides 404 and 403 before validating it (400).
  return json(await assign(user, slug, itemId, jsonBody(request)), { status: 201 });
});
