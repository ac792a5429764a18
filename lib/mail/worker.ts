/**
 * Each app instance's mail worker (started by instrumentation.ts): deliveries of the outbox,
 * the digests of changes, the reminder sweep, and the daily sweep that forgets the attendees of
 * past events (that one runs without a mail server too). Nothing runs without SMTP_URL: messages are
 * then held in the outbox (lib/mail/outbox.ts).
 */
import "server-only";
import { env } from "@/lib/env";
import { deliverDigest, sendDueReminders, tellCoordinatorsOfRegistrations } from "@/lib/data/notifications";
import { deliverMessage } from "@/lib/mail/outbox";
import { forgetPastRegistrations, sendAttendeeReminders, tellAttendees } from "@/lib/data/registrations";
import { startMailWorker, startRetention } from "@/lib/mail/queue";

export async function startMailDelivery(): Promise<void> {
  await startRetention(forgetPastRegistrations);
  if (!env().SMTP_URL) {
    console.log("[mail] SMTP_URL is not set: messages are kept in the outbox as held, not sent.");
    return;
  }
  await startMailWorker({
    deliver: deliverMessage,
    digest: deliverDigest,
    registrations: tellCoordinatorsOfRegistrations,
    remind: async (now) => {
      await sendDueReminders(now);
      await sendAttendeeReminders(now);
    },
    attendees: tellAttendees,
  });
  console.log("[mail] worker started");
}
