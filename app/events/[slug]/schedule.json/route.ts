// GET /events/{slug}/schedule.json - the program in the c3voc schedule.json format
import { apiHandler } from "@/lib/api/handler";
import { feedHeaders, publicFeed } from "@/lib/data/feeds";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  return new Response(await publicFeed(request, "schedule.json", slug), { headers: feedHeaders("schedule.json") });
});
