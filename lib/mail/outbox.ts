/**
 * The outbox. A message is written with the change that causes it (`queueMessage(tx, …)`: the
 * row and its delivery job commit together, or neither does), then delivered by the worker
 * (`deliverMessage`), at least once and, in normal operation, exactly once:
 *
 * - one cause, one message: `idempotencyKey` is unique, so a repeated cause writes nothing;
 * - the worker sends only a message not yet sent, and marks it sent right after the mail server
 *   accepted it. A crash between those two steps sends it again on restart with the same
 *   `Message-ID`, by which mail servers and clients recognize the duplicate;
 * - a server that is down or answers "try later" (4xx) is retried with backoff for more than a
 *   day; a refusal for good (5xx: no such mailbox) is marked failed with the server's answer and
 *   never retried;
 * - without SMTP_URL nothing is sent: messages are kept as "held" for the outbox to show.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Tx } from "@/lib/data/or-throw";
import type { MailContent } from "@/lib/mail/compose";
import { queueDelivery } from "@/lib/mail/queue";

export type OutgoingMessage = {
  kind: string;
  idempotencyKey: string;
  eventId?: string | null;
  to: { email: string; name: string };
  locale: string;
  content: MailContent;
  /**
   * Calendar invitations (iTIP), one per calendar entry: the first is sent as the message's
   * text/calendar part, which mail clients offer to add or update; any others (one iTIP object
   * holds one UID) as .ics attachments beside it.
   */
  invitations?: { method: "REQUEST" | "CANCEL"; content: string }[];
  /** Other files: a calendar file to import, an image the HTML shows inline (`cid`), their content in base64. */
  files?: { filename: string; contentType: string; base64: string; cid?: string }[];
};

type Attachment = { filename: string; contentType: string; method?: string; content: string; encoding?: "base64"; cid?: string };

/** Writes `message` in `tx` and queues its delivery there too (held when no mail server is configured). */
export async function queueMessage(tx: Tx, message: OutgoingMessage): Promise<void> {
  const held = !env().SMTP_URL;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    insert into "Message" (id, kind, "idempotencyKey", "eventId", "toEmail", "toName", locale, subject, text, html, attachments, status, "updatedAt")
    values (gen_random_uuid(), ${message.kind}, ${message.idempotencyKey}, ${message.eventId ?? null}::uuid, ${message.to.email}, ${message.to.name},
            ${message.locale}, ${message.content.subject}, ${message.content.text}, ${message.content.html}, ${JSON.stringify(attachmentsOf(message))}::jsonb,
            ${held ? "HELD" : "QUEUED"}::"MessageStatus", now())
    on conflict ("idempotencyKey") do nothing
    returning id`;
  if (row && !held) await queueDelivery(tx, row.id);
}

function attachmentsOf(message: OutgoingMessage): Attachment[] {
  const invitations = (message.invitations ?? []).map(({ method, content }, index) => ({
    filename: `${method === "CANCEL" ? "cancel" : "invite"}${index === 0 ? "" : `-${index + 1}`}.ics`,
    contentType: "text/calendar",
    method,
    content,
  }));
  const files = (message.files ?? []).map(({ filename, contentType, base64, cid }) => ({
    filename,
    contentType,
    content: base64,
    encoding: "base64" as const,
    ...(cid ? { cid } : {}),
  }));
  return [...invitations, ...files];
}

let transport: Transporter | undefined;

/**
 * SMTP_URL with the transport's settings as nodemailer reads them (its query parameters), each
 * kept when the URL already sets it: pooled (a burst of messages reuses a few connections rather
 * than opening one each), and bounded waits, so a mail server that hangs fails the attempt
 * (retried later) instead of holding the worker.
 */
export function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const settings = { pool: "true", maxConnections: "3", connectionTimeout: "15000", greetingTimeout: "15000", socketTimeout: "30000" };
  for (const [name, value] of Object.entries(settings)) if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  return url.toString();
}

function mailer(): Transporter {
  transport ??= nodemailer.createTransport(transportUrl(env().SMTP_URL!));
  return transport;
}

/** `<id@domain of MAIL_FROM>`: the same for every attempt, so a duplicate is recognizable. */
export function messageIdOf(id: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(env().MAIL_FROM)?.[1] ?? "simulconf.invalid";
  return `<${id}@${domain}>`;
}

type SmtpError = Error & { responseCode?: number; response?: string };

/** Delivers message `id` (the worker's job). Throws to have the queue retry it later. */
export async function deliverMessage(id: string, attempt: { retryCount: number; retryLimit: number }): Promise<void> {
  const message = await db.message.findUnique({ where: { id } });
  if (!message || (message.status !== "QUEUED" && message.status !== "RETRYING")) return;
  const attachments = message.attachments as Attachment[];
  // Invitations (iTIP): the first as the message's calendar part, any others beside it.
  const [calendar, ...others] = attachments.filter((a) => a.method);
  try {
    await mailer().sendMail({
      from: env().MAIL_FROM,
      to: { name: message.toName, address: message.toEmail },
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: messageIdOf(message.id),
      headers: { "Content-Language": message.locale, "X-Simulconf-Kind": message.kind },
      ...(calendar ? { icalEvent: { filename: calendar.filename, method: calendar.method, content: calendar.content } } : {}),
      attachments: [
        ...others.map((a) => ({ filename: a.filename, content: a.content, contentType: `text/calendar; charset=utf-8; method=${a.method}` })),
        ...attachments
          .filter((a) => !a.method)
          .map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, encoding: a.encoding, ...(a.cid ? { cid: a.cid } : {}) })),
      ],
    });
  } catch (error) {
    const failure = error as SmtpError;
    // 5xx: refused for good (no such mailbox, policy). Anything else may pass: try again later.
    const permanent = failure.responseCode !== undefined && failure.responseCode >= 500;
    const last = permanent || attempt.retryCount >= attempt.retryLimit;
    await db.message.update({
      where: { id },
      data: { status: last ? "FAILED" : "RETRYING", attempts: { increment: 1 }, lastError: (failure.response ?? failure.message).slice(0, 1000) },
    });
    if (!last) throw error;
    return;
  }
  await db.message.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
}

/** Queues a failed or held message again in `tx` (the outbox's "Send again"); false when it is neither. */
export async function requeueMessage(tx: Tx, id: string): Promise<boolean> {
  const { count } = await tx.message.updateMany({ where: { id, status: { in: ["FAILED", "HELD"] } }, data: { status: "QUEUED", lastError: null } });
  if (count === 0) return false;
  await queueDelivery(tx, id);
  return true;
}
