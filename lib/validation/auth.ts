import { z } from "zod";
import { emailSchema } from "@/lib/validation/common";

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
