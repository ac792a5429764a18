// GET /{lang}/events/{slug}/schedule.json - the c3voc schedule.json in one broadcast language
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("schedule.json");
