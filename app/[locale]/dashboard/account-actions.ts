"use server";
// Admin actions on accounts: the same commands as /api/v1/users.
import { requireUser } from "@/lib/auth/guards";
import { resetPassword, updateAccount } from "@/lib/data/users";
import { z } from "zod";
import { checkInput, formDataArg, fromApiError, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";
import { given } from "@/lib/data/input";

export async function setRoleAction(userId: string, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.unknown(), formDataArg]), [userId, _state, formData]);
  if (invalid) return invalid;
  return dashboardCommand(async () => updateAccount(await requireUser(), userId, given({ role: String(formData.get("role")) })), { code: "saved" });
}

export async function setDisabledAction(userId: string, disabled: boolean, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.boolean()]), [userId, disabled]);
  if (invalid) return invalid;
  return dashboardCommand(async () => updateAccount(await requireUser(), userId, given({ disabled })));
}

export async function resetPasswordAction(userId: string, _state: FormResult<{ password: string }> | null): Promise<FormResult<{ password: string }>> {
  const invalid = checkInput(z.tuple([refArg]), [userId]);
  if (invalid) return invalid;
  try {
    const { temporaryPassword } = await resetPassword(await requireUser(), userId);
    return { ok: true, data: { password: temporaryPassword } };
  } catch (error) {
    return fromApiError(error);
  }
}
