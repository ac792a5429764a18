// GET /{lang}/events/{slug}/cities/{citySlug}/calendar.ics - one venue's feed in one broadcast language
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("calendar.ics");
