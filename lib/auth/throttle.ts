/**
 * Sign-in and sign-up throttling (rate-limiter-flexible, counters in PostgreSQL so that every
 * app instance shares them). The model, in the README's Security section:
 *
 * - Per account and device: each sign-in attempt is keyed by the typed e-mail and the device
 *   cookie a successful sign-in on this browser left for that account, or, without one, the
 *   client's address (decided at the edge, lib/http/edge.ts; IPv6 by its /64). FREE_ATTEMPTS
 *   attempts pass; after them each attempt must wait a delay that doubles (1 s, 2 s, 4 s … at
 *   most MAX_DELAY_SECONDS). A success clears the key.
 * - Per account, for every device without the account's cookie together: UNTRUSTED_FREE
 *   attempts, then the same doubling delays, so many addresses together cannot guess faster.
 *   No lockout for the owner: a browser holding the account's device cookie passes neither
 *   this nor the per-address limit, and an attacker's guesses never reach its own key.
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
import { networkOf } from "@/lib/http/edge";

export const FREE_ATTEMPTS = 5;
export const UNTRUSTED_FREE = 20;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Counters of one key start again a day after its first attempt (or at a success). */
const COUNTER_SECONDS = 24 * 60 * 60;
export const ADDRESS_ATTEMPTS = 50;
const ADDRESS_WINDOW_SECONDS = 15 * 60;
/** "Forgot password" requests per address per hour (each may send a mail). */
export const RESETS_PER_HOUR = 10;
/** New accounts per address per hour (sign-up). */
export const SIGN_UPS_PER_HOUR = 10;
/** Attendee registrations asked per network per hour (each sends a mail). */
export const REGISTRATIONS_PER_HOUR = 30;
/** Registrations asked per e-mail address per hour (each mails that address: no one is flooded). */
export const REGISTRATIONS_PER_EMAIL_HOUR = 5;

/** The delay after the n-th delayed attempt (n ≥ 1): 1 s, 2 s, 4 s … MAX_DELAY_SECONDS. */
export const delaySeconds = (n: number) => Math.min(2 ** Math.min(n - 1, 20), MAX_DELAY_SECONDS);

type Limiters = {
  free: RateLimiterPostgres;
  freeUntrusted: RateLimiterPostgres;
  gate: RateLimiterPostgres;
  delays: RateLimiterPostgres;
  address: RateLimiterPostgres;
  signUp: RateLimiterPostgres;
  reset: RateLimiterPostgres;
  register: RateLimiterPostgres;
  registerEmail: RateLimiterPostgres;
};
const globalForThrottle = globalThis as unknown as { loginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForThrottle.loginLimiters) {
    // A small pool of its own: two connections are plenty for counters.
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
    pool.on("error", (error) => console.error(`[throttle] idle connection lost: ${error.message}`));
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
    globalForThrottle.loginLimiters = {
      free: new RateLimiterPostgres({ ...options, keyPrefix: "login_free", points: FREE_ATTEMPTS, duration: COUNTER_SECONDS }),
      freeUntrusted: new RateLimiterPostgres({ ...options, keyPrefix: "login_free_untrusted", points: UNTRUSTED_FREE, duration: COUNTER_SECONDS }),
      gate: new RateLimiterPostgres({ ...options, keyPrefix: "login_gate", points: 1, duration: 1 }),
      delays: new RateLimiterPostgres({ ...options, keyPrefix: "login_delays", points: Number.MAX_SAFE_INTEGER, duration: COUNTER_SECONDS }),
      address: new RateLimiterPostgres({
        ...options,
        keyPrefix: "login_address",
        points: ADDRESS_ATTEMPTS,
        duration: ADDRESS_WINDOW_SECONDS,
        blockDuration: ADDRESS_WINDOW_SECONDS,
      }),
      signUp: new RateLimiterPostgres({ ...options, keyPrefix: "signup_address", points: SIGN_UPS_PER_HOUR, duration: 60 * 60, blockDuration: 0 }),
      reset: new RateLimiterPostgres({ ...options, keyPrefix: "reset_address", points: RESETS_PER_HOUR, duration: 60 * 60, blockDuration: 0 }),
      register: new RateLimiterPostgres({ ...options, keyPrefix: "register_address", points: REGISTRATIONS_PER_HOUR, duration: 60 * 60, blockDuration: 0 }),
      registerEmail: new RateLimiterPostgres({
        ...options,
        keyPrefix: "register_email",
        points: REGISTRATIONS_PER_EMAIL_HOUR,
        duration: 60 * 60,
        blockDuration: 0,
      }),
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

/**
 * The keys of an attempt: its account + device key, the account's key for devices without its
 * cookie (null when the device has it), and the network counted across accounts.
 */
function keysOf(attempt: Attempt): { key: string; untrusted: string | null; network: string | null } {
  const account = accountOf(attempt.email);
  const device = deviceOf(attempt.deviceCookie, account);
  if (device) return { key: `${account}|device:${device}`, untrusted: null, network: null };
  const network = attempt.address === "unknown" ? null : networkOf(attempt.address);
  return { key: `${account}|${network ?? "unknown"}`, untrusted: `${account}|untrusted`, network };
}

/** Free attempts, then one at a time through a gate that stays shut for a doubling delay. */
async function pass(key: string, free: RateLimiterPostgres): Promise<number> {
  const { gate, delays } = limiters();
  try {
    await free.consume(key);
    return 0;
  } catch (error) {
    if (!isLimitAnswer(error)) throw error;
  }
  const n = ((await delays.get(key))?.consumedPoints ?? 0) + 1;
  const opened = await gate.penalty(key, 1, { customDuration: delaySeconds(n) });
  if (opened.consumedPoints !== 1) return seconds(opened.msBeforeNext);
  await delays.penalty(key);
  return 0;
}

/** How long `pass` would keep this key waiting now, without taking an attempt. */
async function waitOf(key: string, free: RateLimiterPostgres): Promise<number> {
  const [used, shut] = await Promise.all([free.get(key), limiters().gate.get(key)]);
  return used && used.consumedPoints >= free.points && shut ? shut.msBeforeNext : 0;
}

/**
 * Takes one sign-in attempt before the password is checked. Returns 0 when it may go ahead,
 * else the seconds to wait (nothing is checked then).
 */
export async function takeSignInAttempt(attempt: Attempt): Promise<number> {
  const { free, freeUntrusted, address } = limiters();
  const { key, untrusted, network } = keysOf(attempt);
  if (network) {
    try {
      await address.consume(network);
    } catch (error) {
      if (isLimitAnswer(error)) return seconds(error.msBeforeNext);
      throw error;
    }
  }
  const wait = await pass(key, free);
  if (wait > 0 || !untrusted) return wait;
  return pass(untrusted, freeUntrusted);
}

/** Seconds this attempt would have to wait, without taking one (for the 429's Retry-After). */
export async function signInRetryAfter(attempt: Attempt): Promise<number> {
  const { free, freeUntrusted, address } = limiters();
  const { key, untrusted, network } = keysOf(attempt);
  const [byAddress, own, shared] = await Promise.all([
    network ? address.get(network) : null,
    waitOf(key, free),
    untrusted ? waitOf(untrusted, freeUntrusted) : 0,
  ]);
  const wait = Math.max(byAddress && byAddress.consumedPoints > ADDRESS_ATTEMPTS ? byAddress.msBeforeNext : 0, own, shared);
  return wait > 0 ? seconds(wait) : 0;
}

/**
 * The right password: this account + device starts afresh (and, from a device without the
 * cookie, the account's shared counter: the owner has proved themselves), and the address gets
 * its attempt back.
 */
export async function signInSucceeded(attempt: Attempt) {
  const { free, freeUntrusted, gate, delays, address } = limiters();
  const { key, untrusted, network } = keysOf(attempt);
  const cleared = untrusted
    ? ([
        [key, free],
        [untrusted, freeUntrusted],
      ] as const)
    : ([[key, free]] as const);
  await Promise.all([...cleared.flatMap(([k, counter]) => [counter.delete(k), gate.delete(k), delays.delete(k)]), network ? address.reward(network) : null]);
}

/**
 * Takes one sign-up attempt for this address, atomically (the counter moves before anything is
 * checked, so parallel attempts cannot all pass). Seconds to wait when over the limit, else 0.
 */
export const signUpRetryAfter = (address: string) => retryAfter("signUp", address);

/** Seconds before this network may ask for another password-reset link (0: now). */
export const resetRetryAfter = (address: string) => retryAfter("reset", address);

/**
 * Takes one attendee registration for this network and this e-mail address (both counted before
 * anything else is checked). Seconds to wait when either is over its limit, else 0.
 */
export async function registrationRetryAfter(address: string, email: string): Promise<number> {
  const byNetwork = await retryAfter("register", address);
  if (byNetwork > 0) return byNetwork;
  return retryAfter("registerEmail", accountOf(email), false);
}

async function retryAfter(limiter: "signUp" | "reset" | "register" | "registerEmail", address: string, network = true): Promise<number> {
  if (address === "unknown") return 0;
  try {
    await limiters()[limiter].consume(network ? networkOf(address) : address);
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
