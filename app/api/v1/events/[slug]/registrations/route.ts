// POST /api/v1/events/{slug}/registrations - anyone registers for an online event (202, "check your e-mail")
// GET  /api/v1/events/{slug}/registrations - its coordinators read them
import type { NextRequest } from "next/server";
import { apiHandler, json, jsonBody, viewerRead } from "@/lib/api/handler";
import { validationError } from "@/lib/api/errors";
import { requireUser } from "@/lib/auth/guards";
import { askToRegister, listRegistrations } from "@/lib/data/registrations";
import { clientAddress } from "@/lib/http/edge";
import { registrationFilterSchema } from "@/lib/validation/registration";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const answer = await askToRegister(slug, null, jsonBody(request), { clientAddress: clientAddress(request.headers) });
  return json(answer, { status: 202, headers: { "cache-control": "private, no-store" } });
});

export const GET = apiHandler<{ slug: string }>(async (request: NextRequest, { slug }) => {
  const user = await requireUser();
  const filter = registrationFilterSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filter.success) throw validationError(filter.error);
  return viewerRead(request, await listRegistrations(user, slug, null, filter.data));
});
