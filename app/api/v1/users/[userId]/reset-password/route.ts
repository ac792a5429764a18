// POST /api/v1/users/{userId}/reset-password - a temporary password (24 hours, only to choose a new one); old sessions end (admins)
import { apiHandler, json } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { resetPassword } from "@/lib/data/users";

export const POST = apiHandler<{ userId: string }>(async (_request, { userId }) => {
  const admin = await requireUser();
  return json(await resetPassword(admin, userId));
});
