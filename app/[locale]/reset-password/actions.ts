"use server";
// A new password through a mailed one-time link: checked like any new password, then every
// session of the account ends and this browser signs in with the new one.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth/config";
import { accountOfResetToken, resetPassword } from "@/lib/data/password-resets";
import { checkInput, formDataArg, fromApiError, fromZodError, refArg, type FormResult } from "@/lib/forms";
import { resetPasswordSchema } from "@/lib/validation/user";

export async function chooseNewPasswordAction(token: string, _previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.unknown(), formDataArg]), [token, _previous, formData]);
  if (invalid) return invalid;
  const account = await accountOfResetToken(token);
  if (!account) return { ok: false, code: "not_found", message: "This link has been used or has expired: ask for a new one.", fieldErrors: {} };
  const parsed = resetPasswordSchema(account).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error);
  let email: string;
  try {
    ({ email } = await resetPassword(token, parsed.data.newPassword));
  } catch (error) {
    return fromApiError(error);
  }
  try {
    await signIn("credentials", { email, password: parsed.data.newPassword, redirectTo: "/dashboard" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { ok: true, data: undefined };
}
