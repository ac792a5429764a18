// PATCH  /api/v1/speakers/{speakerId} - change a speaker's details; optional version (coordinators)
// DELETE /api/v1/speakers/{speakerId} - remove a speaker who has no assignments (coordinators)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { deleteSpeaker, updateSpeaker } from "@/lib/data/speakers";

export const PATCH = apiHandler<{ speakerId: string }>(async (request, { speakerId }) => {
  const user = await requireUser();
  return json(await updateSpeaker(user, speakerId, jsonBody(request)));
});

export const DELETE = apiHandler<{ speakerId: string }>(async (_request, { speakerId }) => {
  const user = await requireUser();
  await deleteSpeaker(user, speakerId);
  return new Response(null, { status: 204 });
});
