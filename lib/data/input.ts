/**
 * One input path for every write. A command receives its input as it arrived (the API's JSON
 * body, a form's values) behind a function, and reads and validates it itself, with its own
 * schema, only after it has decided 404 and 403: the API and the forms answer in the same
 * order (401, 404, 403, 400, 409) because the same command decides.
 */
import "server-only";
import type { z } from "zod";
import { validationError } from "@/lib/api/errors";

/** The input of a write, read when the command asks for it. */
export type RawInput = () => Promise<unknown>;

/** Input already at hand (a form's values). */
export const given =
  (value: unknown): RawInput =>
  async () =>
    value;

/** Reads the input and validates it with `schema`: a 400 naming each wrong field. */
export async function parseInput<S extends z.ZodType>(schema: S, input: RawInput): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await input());
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
