// GET /events/{slug}/calendar.ics - the event as an iCalendar feed (public events only)
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { getPublicEvent } from "@/lib/data/events";
import { eventCalendar } from "@/lib/export/ics";
import { siteUrl } from "@/lib/export/site-url";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const event = await getPublicEvent(slug);
  if (!event) throw notFound("This event");
  return new Response(eventCalendar(event, siteUrl(request)), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${slug}.ics"` },
  });
});
