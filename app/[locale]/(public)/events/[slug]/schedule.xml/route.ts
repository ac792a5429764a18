// GET /{lang}/events/{slug}/schedule.xml - the frab/c3voc schedule.xml in one broadcast language
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("schedule.xml");
