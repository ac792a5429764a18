// POST /api/test/retention { "now": "2027-10-01T00:00:00Z" } - runs the daily retention sweep as if it
// were `now` (the tests' clock). Exists only in the tests' build, like /api/test/reminders.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiHandler, readJson } from "@/lib/api/handler";
import { forgetPastRegistrations } from "@/lib/data/registrations";

export const POST = apiHandler(async (request) => {
  if (process.env.SIMULCONF_TEST_HOOKS !== "1") throw new ApiError("not_found", "Nothing exists at this address.");
  const { now } = await readJson(request, z.object({ now: z.iso.datetime() }));
  await forgetPastRegistrations(new Date(now));
  return new Response(null, { status: 204 });
});
