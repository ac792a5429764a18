// GET /events/{slug}/cities/{citySlug}/calendar.ics - the event at one venue, with its local program
import { apiHandler } from "@/lib/api/handler";
import { feedHeaders, publicFeed } from "@/lib/data/feeds";

export const GET = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  return new Response(await publicFeed(request, "calendar.ics", slug, citySlug), {
    headers: feedHeaders("calendar.ics", `${slug}-${citySlug}.ics`),
  });
});
