// GET /events/{slug}/schedule.xml - the program in the frab/c3voc schedule.xml format; ?lang= redirects to the language's address
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("schedule.xml");
