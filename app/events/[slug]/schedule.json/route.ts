// GET /events/{slug}/schedule.json - the program in the c3voc schedule.json format; ?lang= redirects to the language's address
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("schedule.json");
