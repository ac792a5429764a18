// GET /events/{slug}/calendar.ics - the event as an iCalendar feed (public events only)
import { apiHandler } from "@/lib/api/handler";
import { feedHeaders, publicFeed } from "@/lib/data/feeds";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  return new Response(await publicFeed(request, "calendar.ics", slug), {
    headers: feedHeaders("calendar.ics", `${slug}.ics`),
  });
});
