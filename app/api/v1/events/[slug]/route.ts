// GET   /api/v1/events/{slug} - the event object; drafts only for those who may edit them
// PATCH /api/v1/events/{slug} - change fields, status (publish, cancel) and streams (coordinators)
import { notFound } from "@/lib/api/errors";
import { assertBroadcastLanguage, localizedEvent } from "@/lib/data/event-json";
import { apiHandler, json, jsonBody, publicRead, viewerRead } from "@/lib/api/handler";
import { publicEventAnswer } from "@/lib/data/answers";
import { readerOf } from "@/lib/api/viewer";
import { requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { updateEvent } from "@/lib/data/event-commands";
import { getEventForViewer } from "@/lib/data/reads";

export const GET = apiHandler<{ slug: string }>(async (request, { slug }) => {
  // ?lang=fa: the title, summary and city names in that broadcast language where translated.
  const lang = request.nextUrl.searchParams.get("lang");
  const reader = await readerOf(request);
  // Coordinators also read drafts and every city's status; everyone else the cached public answer.
  if (!reader || !can(reader.role, "event.readDraft")) return publicRead(request, await publicEventAnswer(slug, lang));
  const event = await getEventForViewer(slug, reader);
  if (!event) throw notFound("This event");
  if (lang) assertBroadcastLanguage(event, lang);
  return viewerRead(request, localizedEvent(event, lang));
});

export const PATCH = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  return json(await updateEvent(user, slug, jsonBody(request)));
});
