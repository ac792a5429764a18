/**
 * Sign-in and sign-up throttling (rate-limiter-flexible, counters in PostgreSQL so that every
 * app instance shares them). The model, in the README's Security section:
 *
 * - Per account and device: each sign-in attempt is keyed by the typed e-mail and the device
 *   cookie a successful sign-in on this browser left for that account, or, without one, the
 *   client's address (decided at the edge, lib/http/edge.ts). FREE_ATTEMPTS attempts pass;
 *   after them each attempt must wait a delay that doubles (1 s, 2 s, 4 s … at most
 *   MAX_DELAY_SECONDS). No lockout: the owner on another device or network is not slowed by an
 *   attacker's guesses, and a success clears the key.
 * - Per address: ADDRESS_ATTEMPTS attempts in 15 minutes across all accounts (password
 *   spraying); devices that hold their account's cookie are not counted.
 * - Attempts are taken before the password is checked, atomically in the database: parallel
 *   guesses cannot all pass. Unknown accounts count like known ones, so answers never reveal
 *   which e-mails have accounts.
 *
 * Growing delays follow the library's ExpressBruteFlexible (free attempts, then a one-point
 * gate whose duration grows with a counter), which only comes as Express middleware.
 */
import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Counters of one account + device start again after a quiet day. */
const COUNTER_SECONDS = 24 * 60 * 60;
export const ADDRESS_ATTEMPTS = 50;
const ADDRESS_WINDOW_SECONDS = 15 * 60;
/** New accounts per address per hour (sign-up). */
export const SIGN_UPS_PER_HOUR = 10;

/** The delay after the n-th delayed attempt (n ≥ 1): 1 s, 2 s, 4 s … MAX_DELAY_SECONDS. */
export const delaySeconds = (n: number) => Math.min(2 ** Math.min(n - 1, 20), MAX_DELAY_SECONDS);

type Limiters = { free: RateLimiterPostgres; gate: RateLimiterPostgres; delays: RateLimiterPostgres; address: RateLimiterPostgres; signUp: RateLimiterPostgres };
const globalForThrottle = globalThis as unknown as { loginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForThrottle.loginLimiters) {
    // A small pool of its own: two connections are plenty for counters.
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
    pool.on("error", (error) => console.error(`[throttle] idle connection lost: ${error.message}`));
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
    globalForThrottle.loginLimiters = {
      free: new RateLimiterPostgres({ ...options, keyPrefix: "login_free", points: FREE_ATTEMPTS, duration: COUNTER_SECONDS }),
      gate: new RateLimiterPostgres({ ...options, keyPrefix: "login_gate", points: 1, duration: 1 }),
      delays: new RateLimiterPostgres({ ...options, keyPrefix: "login_delays", points: Number.MAX_SAFE_INTEGER, duration: COUNTER_SECONDS }),
      address: new RateLimiterPostgres({ ...options, keyPrefix: "login_address", points: ADDRESS_ATTEMPTS, duration: ADDRESS_WINDOW_SECONDS, blockDuration: ADDRESS_WINDOW_SECONDS }),
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

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Who is trying: the typed e-mail, the client's address, and the device cookie if any. */
export type Attempt = { email: string; address: string; deviceCookie?: string | null };

const accountOf = (email: string) => email.trim().toLowerCase().slice(0, 200);

/** The account + device key, and whether the device holds this account's cookie. */
function keyOf(attempt: Attempt): { key: string; knownDevice: boolean } {
  const account = accountOf(attempt.email);
  const device = deviceOf(attempt.deviceCookie, account);
  return device ? { key: `${account}|device:${device}`, knownDevice: true } : { key: `${account}|${attempt.address}`, knownDevice: false };
}

/**
 * Takes one sign-in attempt before the password is checked. Returns 0 when it may go ahead,
 * else the seconds to wait (nothing is checked then).
 */
export async function takeSignInAttempt(attempt: Attempt): Promise<number> {
  const { free, gate, delays, address } = limiters();
  const { key, knownDevice } = keyOf(attempt);
  if (!knownDevice && attempt.address !== "unknown") {
    try {
      await address.consume(attempt.address);
    } catch (error) {
      if (isLimitAnswer(error)) return seconds(error.msBeforeNext);
      throw error;
    }
  }
  try {
    await free.consume(key);
    return 0;
  } catch (error) {
    if (!isLimitAnswer(error)) throw error;
  }
  // Past the free attempts: the gate lets one attempt through, then stays shut for a delay
  // that grows with every attempt it has let through.
  const n = ((await delays.get(key))?.consumedPoints ?? 0) + 1;
  const opened = await gate.penalty(key, 1, { customDuration: delaySeconds(n) });
  if (opened.consumedPoints !== 1) return seconds(opened.msBeforeNext);
  await delays.penalty(key);
  return 0;
}

/** Seconds this attempt would have to wait, without taking one (for the 429's Retry-After). */
export async function signInRetryAfter(attempt: Attempt): Promise<number> {
  const { free, gate, address } = limiters();
  const { key, knownDevice } = keyOf(attempt);
  const [byAddress, freeUsed, shut] = await Promise.all([knownDevice ? null : address.get(attempt.address), free.get(key), gate.get(key)]);
  const waits = [
    byAddress && byAddress.consumedPoints > ADDRESS_ATTEMPTS ? byAddress.msBeforeNext : 0,
    freeUsed && freeUsed.consumedPoints >= FREE_ATTEMPTS && shut ? shut.msBeforeNext : 0,
  ];
  return Math.max(...waits) > 0 ? seconds(Math.max(...waits)) : 0;
}

/** The right password: this account + device starts afresh, and the address gets its attempt back. */
export async function signInSucceeded(attempt: Attempt) {
  const { free, gate, delays, address } = limiters();
  const { key, knownDevice } = keyOf(attempt);
  await Promise.all([free.delete(key), gate.delete(key), delays.delete(key), knownDevice || attempt.address === "unknown" ? null : address.reward(attempt.address)]);
}

/**
 * Takes one sign-up attempt for this address, atomically (the counter moves before anything is
 * checked, so parallel attempts cannot all pass). Seconds to wait when over the limit, else 0.
 */
export async function signUpRetryAfter(address: string): Promise<number> {
  if (address === "unknown") return 0;
  try {
    await limiters().signUp.consume(address);
    return 0;
  } catch (error) {
    if (isLimitAnswer(error)) return seconds(error.msBeforeNext);
    throw error;
  }
}

// Device cookies (OWASP's "device cookies" against account lockout): a successful sign-in leaves
// a random device id signed together with the account's e-mail; only that account, on that
// browser, is recognised by it.

export const DEVICE_COOKIE = "simulconf-device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const signature = (account: string, device: string) => createHmac("sha256", env().AUTH_SECRET).update(`device:${account}:${device}`).digest("base64url");

/** A new device cookie value for this account. */
export function newDeviceCookie(email: string): string {
  const device = randomUUID();
  return `${device}.${signature(accountOf(email), device)}`;
}

/** The device id when the cookie is this account's, else null. */
function deviceOf(cookie: string | null | undefined, account: string): string | null {
  const [device, signed] = (cookie ?? "").split(".");
  if (!device || !signed || device.length > 64) return null;
  const expected = Buffer.from(signature(account, device));
  const given = Buffer.from(signed);
  return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
}
