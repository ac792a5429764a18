// GET /events/{slug}/schedule.json - the program in the c3voc schedule.json format
import { notFound } from "@/lib/api/errors";
import { apiHandler, json } from "@/lib/api/handler";
import { getPublicEvent, getPublicProgram } from "@/lib/data/events";
import { buildSchedule } from "@/lib/export/c3voc";
import { siteUrl } from "@/lib/export/site-url";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const [event, program] = await Promise.all([getPublicEvent(slug), getPublicProgram(slug)]);
  if (!event) throw notFound("This event");
  return json(buildSchedule(event, program, siteUrl(request)));
});
