// GET /events/{slug}/calendar.ics - the event as an iCalendar feed (public events only); ?lang=fa redirects to /fa/events/{slug}/calendar.ics
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("calendar.ics");
