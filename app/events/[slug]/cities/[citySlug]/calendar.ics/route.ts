// GET /events/{slug}/cities/{citySlug}/calendar.ics - the event at one venue, with its local program; ?lang= redirects to the language's address
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("calendar.ics");
