// GET /events/{slug}/schedule.xml - the program in the frab/c3voc schedule.xml format
import { apiHandler } from "@/lib/api/handler";
import { feedHeaders, publicFeed } from "@/lib/data/feeds";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  return new Response(await publicFeed(request, "schedule.xml", slug), { headers: feedHeaders("schedule.xml") });
});
