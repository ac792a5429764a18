// GET  /api/v1/events - published and cancelled events, newest first
// POST /api/v1/events - create a draft (coordinators)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { createEvent } from "@/lib/data/event-commands";
import { routeReads } from "@/lib/data/reads";

export const GET = apiHandler(async () => {
  return json({ events: await routeReads.events() });
});

export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  return json(await createEvent(user, jsonBody(request)), { status: 201 });
});
