// GET /api/v1/events/{slug} - the event object; drafts only for those who may edit them
import { notFound } from "@/lib/api/errors";
import { apiHandler, json } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { getEventForViewer } from "@/lib/data/events";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const event = await getEventForViewer(slug, await readerOf(request));
  if (!event) throw notFound("This event");
  return json(event);
});
