// POST /api/v1/events/{slug}/items - add a program item: shared (coordinators) or local to a city (also its organizers)
import { apiHandler, json, readJson } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { createItem } from "@/lib/data/items";
import { z } from "zod";

export const POST = apiHandler<{ slug: string }>(async (request, { slug }) => {
  const user = await requireUser();
  // Any JSON object; createItem decides visibility and permission before validating it.
  const body = await readJson(request, z.record(z.string(), z.unknown()));
  return json(await createItem(user, slug, body), { status: 201 });
});
