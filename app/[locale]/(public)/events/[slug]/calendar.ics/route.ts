// GET /{lang}/events/{slug}/calendar.ics - the event's iCalendar feed in one broadcast language (its translated texts)
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("calendar.ics");
