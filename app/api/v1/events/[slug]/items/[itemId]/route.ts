// PATCH  /api/v1/events/{slug}/items/{itemId} - change a program item; optional version
// DELETE /api/v1/events/{slug}/items/{itemId} - remove it (coordinators; local items also their city's organizers)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { deleteItem, updateItem } from "@/lib/data/items";

type Params = { slug: string; itemId: string };

export const PATCH = apiHandler<Params>(async (request, { slug, itemId }) => {
  const user = await requireUser();
  return json(await updateItem(user, slug, itemId, jsonBody(request)));
});

export const DELETE = apiHandler<Params>(async (_request, { slug, itemId }) => {
  const user = await requireUser();
  await deleteItem(user, slug, itemId);
  return new Response(null, { status: 204 });
});
