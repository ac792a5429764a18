// GET /events/{slug}/program.ics - the shared program, one calendar entry per item; ?lang= redirects to the language's address
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("program.ics");
