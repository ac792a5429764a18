// GET /{lang}/events/{slug}/cities/{citySlug}/program.ics - one venue's program in one broadcast language
import { feedRoute } from "@/lib/data/feeds";

export const GET = feedRoute("program.ics");
