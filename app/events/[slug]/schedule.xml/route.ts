// GET /events/{slug}/schedule.xml - the program in the frab/c3voc schedule.xml format
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { getPublicEvent, getPublicProgram } from "@/lib/data/events";
import { buildSchedule, scheduleXml } from "@/lib/export/c3voc";
import { siteUrl } from "@/lib/export/site-url";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const [event, program] = await Promise.all([getPublicEvent(slug), getPublicProgram(slug)]);
  if (!event) throw notFound("This event");
  return new Response(scheduleXml(buildSchedule(event, program, siteUrl(request))), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
});
