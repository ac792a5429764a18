"use server";
// "Forgot password": throttled per network; the answer is the same whether or not the address has an account.
import { headers } from "next/headers";
import { z } from "zod";
import { resetRetryAfter } from "@/lib/auth/throttle";
import { requestPasswordReset } from "@/lib/data/password-resets";
import { checkInput, formDataArg, formValues, fromZodError, type FormResult } from "@/lib/forms";
import { clientAddress } from "@/lib/http/edge";
import { emailSchema } from "@/lib/validation/common";

export async function forgotPasswordAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_previous, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const parsed = z.object({ email: emailSchema }).safeParse({ email: formData.get("email") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const wait = await resetRetryAfter(clientAddress(await headers()));
  if (wait > 0)
    return {
      ok: false,
      code: "rate_limited",
      message: `Too many requests from this network. Try again in ${Math.ceil(wait / 60)} minutes.`,
      fieldErrors: {},
      values,
    };
  await requestPasswordReset(parsed.data.email);
  return { ok: true, data: undefined, code: "reset_sent" };
}
