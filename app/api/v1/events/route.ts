// GET  /api/v1/events - published and cancelled events, newest first
// POST /api/v1/events - create a draft (coordinators)
import { apiHandler, json, jsonBody, publicRead } from "@/lib/api/handler";
import { publicEventsAnswer } from "@/lib/data/answers";
import { requireUser } from "@/lib/auth/guards";
import { createEvent } from "@/lib/data/event-commands";

export const GET = apiHandler(async (request) => publicRead(request, await publicEventsAnswer(), { vary: [] }));

export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  return json(await createEvent(user, jsonBody(request)), { status: 201 });
});
