// PATCH  /api/v1/events/{slug}/items/{itemId}/assignments/{assignmentId} - change the status (coordinators)
// DELETE /api/v1/events/{slug}/items/{itemId}/assignments/{assignmentId} - remove it (coordinators)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { removeAssignment, setAssignmentStatus } from "@/lib/data/assignments";

type Params = { slug: string; itemId: string; assignmentId: string };

export const PATCH = apiHandler<Params>(async (request, { slug, itemId, assignmentId }) => {
  const user = await requireUser();
  return json(await setAssignmentStatus(user, slug, itemId, assignmentId, jsonBody(request)));
});

export const DELETE = apiHandler<Params>(async (_request, { slug, itemId, assignmentId }) => {
  const user = await requireUser();
  await removeAssignment(user, slug, itemId, assignmentId);
  return new Response(null, { status: 204 });
});
