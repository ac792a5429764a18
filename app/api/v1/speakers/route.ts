// GET  /api/v1/speakers?q=&lang= - the roster (coordinators; includes private contacts)
// POST /api/v1/speakers - add a speaker (coordinators)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { createSpeaker, listSpeakers } from "@/lib/data/speakers";

export const GET = apiHandler(async (request) => {
  const user = await requireUser();
  const params = request.nextUrl.searchParams;
  return json({ speakers: await listSpeakers(user, { q: params.get("q") ?? undefined, lang: params.get("lang") ?? undefined }) });
});

export const POST = apiHandler(async (request) => {
  const user = await requireUser();
  return json(await createSpeaker(user, jsonBody(request)), { status: 201 });
});
