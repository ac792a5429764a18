// POST /api/test/reminders { "now": "2027-08-27T16:00:00Z" } - runs the reminder sweep as if it were
// `now` (the tests' clock). Exists only in the tests' build: next.config.ts inlines
// SIMULCONF_TEST_HOOKS when the app is built, so every other build answers 404.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiHandler, readJson } from "@/lib/api/handler";
import { sendDueReminders } from "@/lib/data/notifications";
import { sendAttendeeReminders } from "@/lib/data/registrations";

export const POST = apiHandler(async (request) => {
  if (process.env.SIMULCONF_TEST_HOOKS !== "1") throw new ApiError("not_found", "Nothing exists at this address.");
  const { now } = await readJson(request, z.object({ now: z.iso.datetime() }));
  await sendDueReminders(new Date(now));
  await sendAttendeeReminders(new Date(now));
  return new Response(null, { status: 204 });
});
