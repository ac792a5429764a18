// GET /api/v1/events - published and cancelled events, newest first
import { apiHandler, json } from "@/lib/api/handler";
import { listPublicEvents } from "@/lib/data/events";

export const GET = apiHandler(async () => {
  return json({ events: await listPublicEvents() });
});
