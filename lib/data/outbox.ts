/**
 * The outbox as coordinators read it (/dashboard/outbox): every message, newest first, with
 * its recipient (a private contact: shown here only), kind, language, status, attempts and the
 * mail server's last answer; one message as it was sent; and "send again" for a failed one.
 */
import "server-only";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { MessageStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { audit } from "@/lib/data/audit";
import { requeueMessage } from "@/lib/mail/outbox";

export const OUTBOX_PAGE_SIZE = 100;
export const MESSAGE_STATUSES = ["QUEUED", "RETRYING", "SENT", "FAILED", "HELD"] as const satisfies readonly MessageStatus[];

export async function listOutbox(user: SessionUser, filter: { status?: MessageStatus }) {
  if (!can(user.role, "outbox.manage")) throw forbidden();
  return db.message.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: { createdAt: "desc" },
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      toEmail: true,
      toName: true,
      locale: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
}

/**
 * Messages whose text is a key to someone's account (a password reset, an address
 * confirmation) or to an attendee's registration (their personal link): the outbox shows who
 * they went to and when, never their text, or a coordinator could sign in as anyone, an
 * administrator too, or cancel someone's seat.
 */
const KEY_KINDS = new Set([
  "account.reset",
  "account.verify",
  "registration.confirm",
  "registration.repeat",
  "registration.outcome",
  "registration.notice",
  "registration.reminder",
]);

export async function getMessage(user: SessionUser, id: string) {
  if (!can(user.role, "outbox.manage")) throw forbidden();
  const message = isUuid(id) ? await db.message.findUnique({ where: { id } }) : null;
  if (!message) throw notFound("This message");
  return KEY_KINDS.has(message.kind) ? { ...message, text: null, html: null } : message;
}

/** Queues a failed (or held) message again; 409 when it is not failed, 400 when no mail server is configured. */
export async function sendAgain(user: SessionUser, id: string) {
  const message = await getMessage(user, id);
  if (!process.env.SMTP_URL) throw new ApiError("validation_error", "No mail server is configured (SMTP_URL): nothing can be sent.");
  await db.$transaction(async (tx) => {
    if (!(await requeueMessage(tx, message.id))) throw new ApiError("stale_version", "This message is not failed any more. Reload the page.");
    await audit(tx, {
      actorId: user.id,
      action: "message.resend",
      entityType: "Message",
      entityId: message.id,
      eventId: message.eventId,
      before: { status: message.status.toLowerCase(), to: message.toEmail },
      after: { status: "queued" },
    });
  });
}
