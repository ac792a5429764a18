"use server";
// A coordinator or admin invites a city organizer: the answer is the link to send them.
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { createInvitation } from "@/lib/data/invitations";
import { checkInput, formDataArg, formValues, fromApiError, fromZodError, type FormResult } from "@/lib/forms";
import { inviteSchema } from "@/lib/validation/user";

export type InviteResult = FormResult<{ link: string; email: string }>;

/** A coordinator or admin invites an organizer: the answer is the link to send them. */
export async function inviteAction(_previous: InviteResult | null, formData: FormData): Promise<InviteResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_previous, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const parsed = inviteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const { path } = await createInvitation(await requireUser(), parsed.data);
    return { ok: true, data: { link: path, email: parsed.data.email } };
  } catch (error) {
    return fromApiError(error, values);
  }
}
