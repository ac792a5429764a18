/**
 * Login throttling (rate-limiter-flexible, counters in PostgreSQL so that every app
 * instance shares them). Failures are counted per account and per address; unknown
 * accounts count like known ones, so answers never reveal which emails have accounts.
 */
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

const WINDOW_SECONDS = 15 * 60;
/** Wrong passwords allowed per account, then per address, within the window. */
export const ACCOUNT_FAILURES = 10;
export const ADDRESS_FAILURES = 50;

/** New accounts per address per hour (sign-up). */
export const SIGN_UPS_PER_HOUR = 10;

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres; signUp: RateLimiterPostgres };
const globalForThrottle = globalThis as unknown as { loginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForThrottle.loginLimiters) {
    // A small pool of its own: two connections are plenty for counters.
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
    pool.on("error", (error) => console.error(`[throttle] idle connection lost: ${error.message}`));
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
    globalForThrottle.loginLimiters = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: "login_account", points: ACCOUNT_FAILURES }),
      address: new RateLimiterPostgres({ ...options, keyPrefix: "login_address", points: ADDRESS_FAILURES }),
      signUp: new RateLimiterPostgres({ ...options, keyPrefix: "signup_address", points: SIGN_UPS_PER_HOUR, duration: 60 * 60, blockDuration: 0 }),
    };
  }
  return globalForThrottle.loginLimiters;
}

/**
 * A limiter's "over the limit" answer (a RateLimiterRes). Not `instanceof`: the limiters live on
 * globalThis and may have been made by another of Next's bundles (the auth route's), whose copy
 * of the class is not this bundle's; a rejected consume then looked like a crash (a 500).
 */
function isLimitAnswer(error: unknown): error is RateLimiterRes {
  return typeof error === "object" && error !== null && "msBeforeNext" in error && "consumedPoints" in error;
}

const accountKey = (email: string) => email.trim().toLowerCase().slice(0, 200);

/** Seconds until this account and address may try again (0: now). */
export async function loginRetryAfter(address: string, email: string): Promise<number> {
  const { account, address: byAddress } = limiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), byAddress.get(address)]);
  const blocked = [
    a && a.consumedPoints >= ACCOUNT_FAILURES ? a.msBeforeNext : 0,
    b && b.consumedPoints >= ADDRESS_FAILURES ? b.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function loginFailed(address: string, email: string) {
  const { account, address: byAddress } = limiters();
  await Promise.all(
    [account.consume(accountKey(email)), byAddress.consume(address)].map((attempt) =>
      attempt.catch((error: unknown) => {
        if (!isLimitAnswer(error)) throw error; // over the limit: already counted
      }),
    ),
  );
}

/**
 * Takes one sign-up attempt for this address, atomically (the counter moves before anything is
 * checked, so parallel attempts cannot all pass). Seconds to wait when over the limit, else 0.
 */
export async function signUpRetryAfter(address: string): Promise<number> {
  try {
    await limiters().signUp.consume(address);
    return 0;
  } catch (error) {
    if (isLimitAnswer(error)) return Math.ceil(error.msBeforeNext / 1000);
    throw error;
  }
}

export async function loginSucceeded(email: string) {
  await limiters().account.delete(accountKey(email));
}

/** The client's address as the proxy in front reports it (first x-forwarded-for hop). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
