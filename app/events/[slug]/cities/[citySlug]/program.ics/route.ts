// GET /events/{slug}/cities/{citySlug}/program.ics - the program one venue runs (shared and local items) at its venue; ?lang= redirects
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("program.ics");
