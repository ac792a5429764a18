// POST /api/v1/events/{slug}/cities/{citySlug}/registrations - anyone asks to register (202, "check your e-mail")
// GET  /api/v1/events/{slug}/cities/{citySlug}/registrations - the city's organizers and coordinators read them
import type { NextRequest } from "next/server";
import { apiHandler, json, jsonBody, viewerRead } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/http/edge";
import { askToRegister, listRegistrations } from "@/lib/data/registrations";
import { registrationFilterSchema } from "@/lib/validation/registration";
import { validationError } from "@/lib/api/errors";

export const POST = apiHandler<{ slug: string; citySlug: string }>(async (request, { slug, citySlug }) => {
  const answer = await askToRegister(slug, citySlug, jsonBody(request), { clientAddress: clientAddress(request.headers) });
  return json(answer, { status: 202, headers: { "cache-control": "private, no-store" } });
});

export const GET = apiHandler<{ slug: string; citySlug: string }>(async (request: NextRequest, { slug, citySlug }) => {
  const user = await requireUser();
  const filter = registrationFilterSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filter.success) throw validationError(filter.error);
  return viewerRead(request, await listRegistrations(user, slug, citySlug, filter.data));
});
