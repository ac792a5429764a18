"use server";
// A speaker's answer through their personal link (no account: the token is the key). Works
// without JavaScript: the form posts, the answer is saved, and the page is shown again saying
// what happened (a clash with another booking names it there).
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { isApiError } from "@/lib/auth/guards";
import { answerAssignment } from "@/lib/data/speaker-links";
import { checkInput, formDataArg, refArg } from "@/lib/forms";

export async function answerAction(token: string, assignmentId: string, answer: "confirmed" | "declined", formData: FormData): Promise<void> {
  // Arguments no form of the page sends: nothing to answer. (Never a redirect to a cached public
  // page: rendered inside this request, it would be stored with this page's nonce.)
  if (checkInput(z.tuple([refArg, refArg, z.enum(["confirmed", "declined"]), formDataArg]), [token, assignmentId, answer, formData])) notFound();
  const note = formData.get("note");
  const page = `/speaker/${encodeURIComponent(token)}`;
  let problem: string | null = null;
  try {
    await answerAssignment(token, assignmentId, answer, typeof note === "string" ? note : "");
  } catch (error) {
    if (!isApiError(error)) throw error;
    problem = error.code;
  }
  const query = new URLSearchParams({ [problem ? "problem" : "answered"]: problem ?? answer, item: assignmentId });
  redirect(`${page}?${query}#assignment-${assignmentId}`);
}
