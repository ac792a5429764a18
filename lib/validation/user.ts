import { z } from "zod";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { isStrongEnough } from "@/lib/auth/password-strength";
import { emailSchema, lineSchema, nameSchema } from "@/lib/validation/common";

/** At least 10 characters, not all the same, and not the email address itself. */
export const passwordSchema = z
  .string({ error: "Choose a password." })
  // One message at a time: a short password is not also "too easy to guess".
  .min(10, { message: "Use at least 10 characters: a short sentence is easy to remember and hard to guess.", abort: true })
  .max(200, { message: "Use at most 200 characters.", abort: true })
  .refine((value) => new Set(value).size > 3, "This password is too easy to guess: vary the characters.");

/** zxcvbn found it: a common password, a pattern, or the person's own name (lib/auth/password-strength.ts). */
const TOO_EASY_TO_GUESS =
  "This password is too easy to guess (a common one, a pattern or your name). A short sentence of your own is easy to remember and hard to guess.";
/** Object-level checks of a password run only once every field is valid (one message per field). */
const onceValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

export const signUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: passwordSchema,
    locale: z.enum(INTERFACE_LOCALES, { error: "Choose a language." }).default("en"),
  })
  .refine((value) => value.password.toLowerCase() !== value.email, { path: ["password"], message: "Do not use your email address as password.", ...onceValid })
  // Common passwords, keyboard patterns and the person's own name are refused (zxcvbn).
  .refine((value) => value.password.toLowerCase() === value.email || isStrongEnough(value.password, [value.name, value.email]), {
    path: ["password"],
    message: TOO_EASY_TO_GUESS,
    ...onceValid,
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

/**
 * A new password for an existing account, typed twice: the same strength rule as at sign-up.
 * `fields` adds what else the form asks (the current password, when changing it while signed in).
 */
function newPasswordSchema<F extends z.ZodRawShape>(account: { name: string; email: string }, fields: F) {
  type Typed = { newPassword: string; confirmPassword: string };
  return z
    .object({ ...fields, newPassword: passwordSchema, confirmPassword: z.string({ error: "Repeat the new password." }) })
    .refine(
      (value) => {
        const { newPassword } = value as Typed;
        return newPassword.toLowerCase() !== account.email && isStrongEnough(newPassword, [account.name, account.email]);
      },
      { path: ["newPassword"], message: TOO_EASY_TO_GUESS, ...onceValid },
    )
    .refine((value) => (value as Typed).newPassword === (value as Typed).confirmPassword, {
      path: ["confirmPassword"],
      message: "The two new passwords differ.",
      ...onceValid,
    });
}

/** Changing one's password while signed in: the current one, then the new one twice. */
export const changePasswordSchema = (account: { name: string; email: string }) =>
  newPasswordSchema(account, { currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200) });

/** Choosing a new password through a mailed reset link: the new one twice. */
export const resetPasswordSchema = (account: { name: string; email: string }) => newPasswordSchema(account, {});

export type ChangePasswordInput = z.infer<ReturnType<typeof changePasswordSchema>>;

export const inviteSchema = z.object({
  email: emailSchema,
  name: lineSchema(200).optional().default(""),
});

export const updateAccountSchema = z
  .object({
    role: z.enum(["admin", "coordinator", "organizer"], { error: "Choose admin, coordinator or organizer." }),
    disabled: z.boolean(),
    version: z.number().int().positive(),
  })
  .partial()
  .strict();
