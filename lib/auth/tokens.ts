/**
 * Links that act as keys (a speaker's personal link, a password reset, an address
 * confirmation): 256 random bits, base64url. Only their SHA-256 is stored, so the database
 * alone opens nothing.
 */
import { createHash, randomBytes } from "node:crypto";

/** A new token and the hash to store for it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Whether `token` has the shape newToken() gives (checked before any lookup). */
export const isTokenShaped = (token: string | undefined): token is string => typeof token === "string" && /^[\w-]{43}$/.test(token);
