/**
 * Each app instance's mail worker (started by instrumentation.ts): deliveries of the outbox,
 * the digests of changes, and the reminder sweep. Nothing runs without SMTP_URL: messages are
 * then held in the outbox (lib/mail/outbox.ts).
 */
import "server-only";
import { env } from "@/lib/env";
import { deliverDigest, sendDueReminders, tellCoordinatorsOfRegistrations } from "@/lib/data/notifications";
import { deliverMessage } from "@/lib/mail/outbox";
import { tellAttendees } from "@/lib/data/registrations";
import { startMailWorker } from "@/lib/mail/queue";

export async function startMailDelivery(): Promise<void> {
  if (!env().SMTP_URL) {
    console.log("[mail] SMTP_URL is not set: messages are kept in the outbox as held, not sent.");
    return;
  }
  await startMailWorker({
    deliver: deliverMessage,
    digest: deliverDigest,
    registrations: tellCoordinatorsOfRegistrations,
    remind: sendDueReminders,
    attendees: tellAttendees,
  });
  console.log("[mail] worker started");
}
