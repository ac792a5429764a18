"use server";
// The button on /verify-email: confirms the address, then the person signs in.
import { redirect } from "next/navigation";
import { z } from "zod";
import { isApiError } from "@/lib/auth/guards";
import { confirmEmail } from "@/lib/data/email-verification";
import { checkInput, refArg } from "@/lib/forms";

export async function confirmEmailAction(token: string): Promise<void> {
  if (checkInput(z.tuple([refArg]), [token])) redirect("/verify-email");
  try {
    await confirmEmail(token);
  } catch (error) {
    if (!isApiError(error)) throw error;
    redirect(`/verify-email?token=${encodeURIComponent(token)}`);
  }
  // Never a redirect to a cached public page from an action (it would be stored with this page's nonce).
  redirect("/sign-in?verified=1");
}
