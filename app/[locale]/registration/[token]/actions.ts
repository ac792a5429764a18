"use server";
// What an attendee does through their personal link (no account: the token is the key): confirm,
// change the seats, cancel, delete. Works without JavaScript: the form posts, and the page is
// shown again saying what happened.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { isApiError } from "@/lib/auth/guards";
import { cancelRegistration, changeSeats, confirmRegistration, deleteRegistration } from "@/lib/data/registrations";
import { checkInput, formDataArg, refArg } from "@/lib/forms";

const ACTIONS = ["confirm", "seats", "cancel", "delete"] as const;

export async function registrationAction(token: string, action: (typeof ACTIONS)[number], formData: FormData): Promise<void> {
  if (checkInput(z.tuple([refArg, z.enum(ACTIONS), formDataArg]), [token, action, formData])) notFound();
  const page = `/registration/${encodeURIComponent(token)}`;
  let done: string = action === "seats" ? "seats" : action === "cancel" ? "cancelled" : "deleted";
  try {
    if (action === "confirm") done = (await confirmRegistration(token)).toLowerCase();
    else if (action === "seats") await changeSeats(token, Number(formData.get("seats")));
    else if (action === "cancel") await cancelRegistration(token);
    else await deleteRegistration(token);
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.code === "not_found") notFound();
    redirect(`${page}?problem=${error.code}`);
  }
  redirect(`${page}?done=${done}`);
}
