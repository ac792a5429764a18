// GET   /api/v1/events/{slug} - the event object; drafts only for those who may edit them
// PATCH /api/v1/events/{slug} - change fields, status (publish, cancel) and streams (coordinators)
import { notFound } from "@/lib/api/errors";
import { assertBroadcastLanguage, localizedEvent } from "@/lib/data/event-json";
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { readerOf } from "@/lib/api/viewer";
import { requireUser } from "@/lib/auth/guards";
import { updateEvent } from "@/lib/data/event-commands";
import { getEventForViewer } from "@/lib/data/reads";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const event = await getEventForViewer(slug, await readerOf(request));
  if (!event) throw notFound("This event");
  // ?lang=fa: the title, summary and city names in that broadcast language where translated.
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang) assertBroadcastLanguage(event, lang);
  return json(localizedEvent(event, lang));
});

export const PATCH = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  return json(await updateEvent(user, slug, jsonBody(request)));
});
