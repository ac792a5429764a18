/**
 * next-auth (v5) with email + password. Sessions are signed JWT cookies (HttpOnly,
 * SameSite=Lax, Secure over https); every private request re-reads the account in
 * lib/auth/guards.ts, so a disabled account or a changed role takes effect at once.
 * Each session has its own id (`sid`) and sign-in time: signing out revokes that one session
 * on the server (lib/auth/sessions.ts; the same account's other devices stay signed in), and
 * no session outlives SESSION_LIFETIME_SECONDS from its sign-in, however active.
 */
import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/validation/auth";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, newDeviceCookie, signInSucceeded, takeSignInAttempt, type Attempt } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/edge";
import { cookies } from "next/headers";
import { revokeSession, SESSION_LIFETIME_SECONDS } from "@/lib/auth/sessions";
import { randomUUID } from "node:crypto";

/** Too many attempts: the sign-in form and the API say so (429 with Retry-After). */
export class LoginThrottled extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfter: number) {
    super();
  }
}

/** The right temporary password, after its expiry: the form says to ask an admin for a new one. */
export class TemporaryPasswordExpired extends CredentialsSignin {
  override code = "password_expired";
}

/** The right password of a disabled account: said only then, so it reveals nothing to a guesser. */
export class AccountDisabled extends CredentialsSignin {
  override code = "account_disabled";
}

/** The right password of an account whose address is not confirmed yet: the form says to use the mailed link. */
export class EmailNotVerified extends CredentialsSignin {
  override code = "email_unverified";
}

/** Who is trying to sign in, as the throttle keys it (lib/auth/throttle.ts). */
export function signInAttempt(email: string, headers: Headers): Attempt {
  const deviceCookie = headers
    .get("cookie")
    ?.split(/;\s*/)
    .find((pair) => pair.startsWith(`${DEVICE_COOKIE}=`))
    ?.slice(DEVICE_COOKIE.length + 1);
  return { email, address: clientAddress(headers), deviceCookie };
}

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
    /** This session's id and its sign-in time (seconds since the epoch). */
    sid?: string;
    signedInAt?: number;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    sid?: string;
    /** Sign-in time, seconds since the epoch. */
    at?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // The attempt is counted before the password is checked (parallel guesses cannot all pass).
        const attempt = signInAttempt(email, request.headers);
        const wait = await takeSignInAttempt(attempt);
        if (wait > 0) throw new LoginThrottled(wait);
        const user = await db.user.findUnique({
          where: { email },
          select: {
            id: true,
            email: true,
            name: true,
            role: true,
            passwordHash: true,
            disabledAt: true,
            sessionVersion: true,
            temporaryPasswordExpiresAt: true,
            emailVerifiedAt: true,
          },
        });
        const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
        if (!user || !valid) return null;
        if (user.disabledAt) throw new AccountDisabled();
        if (!user.emailVerifiedAt) throw new EmailNotVerified();
        if (user.temporaryPasswordExpiresAt && user.temporaryPasswordExpiresAt <= new Date()) throw new TemporaryPasswordExpired();
        await signInSucceeded(attempt);
        // This browser is now a known device for this account: an attacker's guesses elsewhere
        // never slow it down.
        (await cookies()).set(DEVICE_COOKIE, newDeviceCookie(email), {
          httpOnly: true,
          sameSite: "lax",
          secure: new URL(request.url).protocol === "https:",
          path: "/",
          maxAge: DEVICE_COOKIE_MAX_AGE,
        });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = randomUUID();
        token.at = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sessionVersion = token.sv ?? 0;
        session.sid = token.sid;
        session.signedInAt = token.at;
      }
      return session;
    },
  },
  events: {
    // Both ways out (the sign-out button's server action and POST /api/auth/signout) end here.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid) await revokeSession(token.sid, token.at);
    },
  },
  logger: {
    // A wrong password is an answer, not an error: do not print its stack trace.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === "CredentialsSignin") return;
      console.error(`[auth] ${name}: ${error.message}`);
    },
  },
});
