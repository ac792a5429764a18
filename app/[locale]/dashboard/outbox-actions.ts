"use server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { sendAgain } from "@/lib/data/outbox";
import { checkInput, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "./command";

export async function sendAgainAction(messageId: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg]), [messageId]);
  if (invalid) return invalid;
  return dashboardCommand(async () => sendAgain(await requireUser(), messageId), { code: "queued_again" });
}
