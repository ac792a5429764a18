import "server-only";
import { ApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/data/audit";
import { acceptInvitation } from "@/lib/data/invitations";
import type { SignUpInput } from "@/lib/validation/user";

/**
 * A new organizer account (self sign-up, or through an invitation link): no powers beyond
 * registering cities. An invitation is used up in the same transaction.
 */
export async function createOrganizer(input: SignUpInput, inviteToken?: string) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      if (inviteToken && !(await acceptInvitation(tx, inviteToken, input.email))) {
        throw new ApiError("validation_error", "This invitation link is used, expired, or for another email address.", [
          { path: "email", message: "Use the email address the invitation was sent to, or sign up without it." },
        ]);
      }
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: "ORGANIZER", locale: input.locale },
        select: { id: true, email: true, name: true },
      });
      await audit(tx, { actorId: user.id, action: "user.sign_up", entityType: "User", entityId: user.id, after: { email: user.email, name: user.name, role: "ORGANIZER" } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError("validation_error", "An account with this email already exists.", [
        { path: "email", message: "An account with this email already exists: sign in instead." },
      ]);
    }
    throw error;
  }
}
