import "server-only";
// The common tail of the dashboard's server actions: run the command (lib/data checks who may),
// turn a refusal into the form's answer, refresh the dashboard after a change.
import { revalidatePath } from "next/cache";
import { fromApiError, type FormResult, type SuccessCode } from "@/lib/forms";

export async function dashboardCommand(
  command: () => Promise<unknown>,
  answer: { code?: SuccessCode; params?: Record<string, string>; values?: Record<string, string> } = {},
): Promise<FormResult> {
  try {
    await command();
  } catch (error) {
    return fromApiError(error, answer.values);
  }
  revalidatePath("/dashboard");
  return { ok: true, data: undefined, code: answer.code, params: answer.params };
}
