// PATCH /api/v1/users/{userId} - change an account's role, disable or enable it (admins)
import { apiHandler, json, jsonBody } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { updateAccount } from "@/lib/data/users";

export const PATCH = apiHandler<{ userId: string }>(async (request, { userId }) => {
  const admin = await requireUser();
  return json(await updateAccount(admin, userId, jsonBody(request)));
});
