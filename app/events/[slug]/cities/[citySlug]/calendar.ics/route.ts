// GET /events/{slug}/cities/{citySlug}/calendar.ics - the event at one venue, with its local program
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { getPublicEvent, getPublicProgram } from "@/lib/data/events";
import { cityCalendar } from "@/lib/export/ics";
import { siteUrl } from "@/lib/export/site-url";

export const GET = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  const event = await getPublicEvent(slug);
  const city = event?.cities.find((c) => c.slug === citySlug);
  if (!event || !city) throw notFound("This host city");
  const local = (await getPublicProgram(slug)).filter((item) => item.citySlug === city.slug);
  return new Response(cityCalendar(event, city, local, siteUrl(request)), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${slug}-${citySlug}.ics"` },
  });
});
