// GET /{lang}/events/{slug}/program.ics - the shared program in one broadcast language
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("program.ics");
