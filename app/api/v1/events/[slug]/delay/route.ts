// POST /api/v1/events/{slug}/delay - a coordinator delays the start by N minutes, on the day
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { delayEvent } from "@/lib/data/event-commands";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  return json(await delayEvent(user, slug, jsonBody(request)));
});
