/**
 * The server's environment, parsed once with zod on first use. A bad value fails fast
 * with a message naming the variable. Every variable is documented in .env.example.
 */
import "server-only";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (the scripts set it for the embedded PostgreSQL)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string({ error: "AUTH_SECRET is required" }).min(32, "AUTH_SECRET must be at least 32 characters"),
  PUBLIC_BASE_URL: z.url().optional(),
  /** smtp://user:pass@host:port (smtps:// for TLS). Unset: messages are held in the outbox, not sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be smtp://user:pass@host:port or smtps://…")
    .optional(),
  MAIL_FROM: z.string().default("Simulconf <no-reply@simulconf.invalid>"),
  /** Seconds before the first retry of a failed delivery (doubling up to an hour; the tests shorten it). */
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Changes to one person's slots within this many seconds make one message (the tests shorten it). */
  MAIL_DIGEST_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Days after an event ends before its attendees' names and addresses are forgotten (lib/data/registrations.ts). */
  REGISTRATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

const publicBaseUrlSchema = envSchema.shape.PUBLIC_BASE_URL;

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/**
 * PUBLIC_BASE_URL without its trailing slash, or undefined: read on its own, so pages rendered
 * at build time (no database there) can use it without the rest of the environment.
 */
export function publicBaseUrl(): string | undefined {
  const result = publicBaseUrlSchema.safeParse(process.env.PUBLIC_BASE_URL);
  if (!result.success) throw new Error(`Invalid environment:\n  PUBLIC_BASE_URL: ${result.error.issues[0]?.message}`);
  return result.data?.replace(/\/$/, "");
}
