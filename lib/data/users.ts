import "server-only";
import { ApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/data/audit";
import type { SignUpInput } from "@/lib/validation/user";

/** A new organizer account (self sign-up): no powers beyond registering cities. */
export async function createOrganizer(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
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
