/**
 * What each message says, in its recipient's language: a subject, a plain-text part and an HTML
 * part (right-to-left for Persian and Arabic, digits as the language writes them). Pure
 * functions of their input, so each is unit-tested; lib/mail/outbox.ts stores the result as it
 * is sent. Wording lives in the "Mail" namespace of messages/*.json.
 */
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import fr from "@/messages/fr.json";
import { INTERFACE_LOCALES, type InterfaceLocale } from "@/lib/i18n/locales";
import { dateTimeSeparator, formatClock, formatDateLong, localDateTimeLabel, timeLabel } from "@/lib/time";
import { languageName } from "@/lib/languages";

export type MailContent = { subject: string; text: string; html: string };

const CATALOGS = { en, fr, fa, ar } as const;
const RTL = new Set(["fa", "ar"]);

/** The recipient's language if it is an interface language, else English. */
export function mailLocale(locale: string | null | undefined): InterfaceLocale {
  return (INTERFACE_LOCALES as readonly string[]).includes(locale ?? "") ? (locale as InterfaceLocale) : "en";
}

function translator(locale: InterfaceLocale) {
  // A message with a missing value or key must fail where it is written, never be sent half-worded.
  return createTranslator({
    locale,
    messages: CATALOGS[locale],
    namespace: "Mail",
    onError: (error) => {
      throw error;
    },
  });
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Block = { paragraph: string } | { list: string[] } | { link: { label: string; href: string } } | { image: { cid: string; alt: string } };

/** The two parts of a message from its blocks: plain text, and HTML in the language's direction. */
type Translator = ReturnType<typeof translator>;

/** A message to one person in their language: `build` gives its subject and blocks; every message greets and signs alike. */
function compose(
  to: { locale: string | null | undefined; recipientName: string },
  build: (t: Translator, locale: InterfaceLocale) => { subject: string; blocks: Block[] },
): MailContent {
  const locale = mailLocale(to.locale);
  const t = translator(locale);
  const { subject, blocks } = build(t, locale);
  return render(locale, subject, t("greeting", { name: to.recipientName }), blocks, t("signature"));
}

function render(locale: InterfaceLocale, subject: string, greeting: string, blocks: Block[], signature: string): MailContent {
  const text = [
    greeting,
    ...blocks.flatMap(
      (block) =>
        "paragraph" in block
          ? [block.paragraph]
          : "list" in block
            ? [block.list.map((line) => `- ${line}`).join("\n")]
            : "link" in block
              ? [`${block.link.label}:\n${block.link.href}`]
              : [], // an image says nothing the text does not already say
    ),
    signature,
  ].join("\n\n");
  const dir = RTL.has(locale) ? "rtl" : "ltr";
  const body = blocks
    .map((block) =>
      "paragraph" in block
        ? `<p>${escape(block.paragraph)}</p>`
        : "list" in block
          ? `<ul>${block.list.map((line) => `<li>${escape(line)}</li>`).join("")}</ul>`
          : "link" in block
            ? `<p><a href="${escape(block.link.href)}">${escape(block.link.label)}</a></p>`
            : `<p><img src="cid:${escape(block.image.cid)}" alt="${escape(block.image.alt)}" width="220" height="220"></p>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36rem; margin: 0 auto; padding: 1rem;" dir="${dir}">
<p>${escape(greeting)}</p>
${body}
<p>${escape(signature)}</p>
</body>
</html>
`;
  return { subject, text: `${text}\n`, html };
}

/** What an approved city still lacks, as checklist keys (the approval message lists them). */
export type CityGap = "venueName" | "venueAddress" | "capacity" | "accessibility" | "languages";

/** What every message to a city's organizers names: them, the event, the city and its start. */
type ToCityOrganizer = {
  locale: string;
  recipientName: string;
  eventTitle: string;
  cityName: string;
  cityTimeZone: string;
  /** The event's start (ISO instant). */
  startsAt: string;
  /** The organizer's page of the city in the dashboard (absolute). */
  link: string;
};

/** "Saturday 28 August 2027, 17:00 CEST": the start on the city's own clock. */
function cityStart(input: ToCityOrganizer, locale: string): string {
  const start = new Date(input.startsAt);
  return `${formatDateLong(start, input.cityTimeZone, locale)}${dateTimeSeparator(locale)}${localDateTimeLabel(start, input.cityTimeZone, input.cityTimeZone, locale)}`;
}

export type CityDecision = ToCityOrganizer & {
  /** The zone the event is announced in. */
  anchorTimeZone: string;
} & ({ decision: "approved"; gaps: CityGap[] } | { decision: "rejected"; reason: string | null });

/** To a city's organizers: their registration approved (start in the city's time, what is missing) or rejected (why). */
export function cityDecisionMail(input: CityDecision): MailContent {
  return compose(input, (t, locale) => {
    const values = { event: input.eventTitle, city: input.cityName };
    if (input.decision === "rejected") {
      return {
        subject: t("cityRejected.subject", values),
        blocks: [
          { paragraph: t("cityRejected.body", values) },
          ...(input.reason ? [{ paragraph: t("cityRejected.reason", { reason: input.reason }) }] : []),
          { link: { label: t("cityRejected.link"), href: input.link } },
        ],
      };
    }
    const local = cityStart(input, locale);
    const anchor = timeLabel(new Date(input.startsAt), input.anchorTimeZone, locale);
    return {
      subject: t("cityApproved.subject", values),
      blocks: [
        { paragraph: t("cityApproved.body", values) },
        { paragraph: t("cityApproved.when", { ...values, local, zone: input.cityTimeZone, anchor, anchorZone: input.anchorTimeZone }) },
        ...(input.gaps.length
          ? [{ paragraph: t("cityApproved.missing") }, { list: input.gaps.map((gap) => t(`cityApproved.gaps.${gap}`)) }]
          : [{ paragraph: t("cityApproved.complete") }]),
        { link: { label: t("cityApproved.link"), href: input.link } },
      ],
    };
  });
}

export type CityReminder = ToCityOrganizer & {
  /** What the city still misses (lib/data/readiness.ts READINESS_CHECKS). */
  missing: ("venue" | "languages" | "program" | "stream" | "ready")[];
};

/** To a city's organizers, from a coordinator on the console: what their city still misses before the start. */
export function cityReminderMail(input: CityReminder): MailContent {
  return compose(input, (t, locale) => {
    const values = { event: input.eventTitle, city: input.cityName };
    return {
      subject: t("cityReminder.subject", values),
      blocks: [
        { paragraph: t("cityReminder.body", { ...values, local: cityStart(input, locale), zone: input.cityTimeZone }) },
        { list: input.missing.map((check) => t(`cityReminder.missing.${check}`)) },
        { link: { label: t("cityReminder.link"), href: input.link } },
      ],
    };
  });
}

export type AssignmentMessage = {
  locale: string;
  recipientName: string;
  eventTitle: string;
  itemTitle: string;
  role: "speaker" | "moderator" | "interpreter";
  /** The broadcast language they serve (BCP 47). */
  language: string;
  startsAt: string;
  endsAt: string;
  /** Their own zone, or null (then the times are said in the anchor zone only). */
  personZone: string | null;
  anchorTimeZone: string;
  /** Their personal page (absolute), where they confirm or decline. */
  link: string;
};

/** "Saturday 28 August 2027, 11:00–11:30 EDT (America/Toronto)". */
function slot(startsAt: string, endsAt: string, zone: string, locale: InterfaceLocale): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return `${formatDateLong(start, zone, locale)}${dateTimeSeparator(locale)}${formatClock(start, zone, locale)}–${timeLabel(end, zone, locale)} (${zone})`;
}

function assignmentFacts(input: AssignmentMessage, locale: InterfaceLocale, t: Translator): Block[] {
  const zone = input.personZone ?? input.anchorTimeZone;
  return [
    {
      list: [
        t("assignment.item", { item: input.itemTitle }),
        t("assignment.role", { role: t(`assignment.roles.${input.role}`), language: languageName(input.language, locale) }),
        t("assignment.when", { slot: slot(input.startsAt, input.endsAt, zone, locale) }),
        ...(zone !== input.anchorTimeZone ? [t("assignment.anchor", { slot: slot(input.startsAt, input.endsAt, input.anchorTimeZone, locale) })] : []),
      ],
    },
  ];
}

/** To a speaker, moderator or interpreter just assigned: what, when in their own zone, and the link to answer. */
export function assignmentInvitationMail(input: AssignmentMessage): MailContent {
  return compose(input, (t, locale) => ({
    subject: t("assignment.invited.subject", { event: input.eventTitle, item: input.itemTitle }),
    blocks: [
      { paragraph: t("assignment.invited.body", { event: input.eventTitle }) },
      ...assignmentFacts(input, locale, t),
      { paragraph: t("assignment.invited.answer") },
      { link: { label: t("assignment.link"), href: input.link } },
      { paragraph: t("assignment.calendar") },
    ],
  }));
}

/** To someone whose assignment was removed: it no longer stands (the attached .ics cancels it). */
export function assignmentCancelledMail(input: AssignmentMessage): MailContent {
  return compose(input, (t, locale) => ({
    subject: t("assignment.cancelled.subject", { event: input.eventTitle, item: input.itemTitle }),
    blocks: [{ paragraph: t("assignment.cancelled.body", { event: input.eventTitle }) }, ...assignmentFacts(input, locale, t)],
  }));
}

export type SlotChange = {
  eventTitle: string;
  before: { title: string; startsAt: string; endsAt: string };
  after: { title: string; startsAt: string; endsAt: string };
};

/**
 * To someone assigned: every change to their slots since the last message, old → new, in their
 * own zone; with `delay`, the urgent message of a delay announced on the day (sent at once).
 */
export function changeDigestMail(input: {
  locale: string;
  recipientName: string;
  personZone: string | null;
  anchorTimeZone: string;
  changes: SlotChange[];
  link: string;
  delay?: { minutes: number; eventTitle: string };
}): MailContent {
  return compose(input, (t, locale) => {
    const zone = input.personZone ?? input.anchorTimeZone;
    const lines = input.changes.map(({ eventTitle, before, after }) => {
      const parts = [];
      if (before.title !== after.title) parts.push(t("changes.title", { before: before.title, after: after.title }));
      const was = slot(before.startsAt, before.endsAt, zone, locale);
      const now = slot(after.startsAt, after.endsAt, zone, locale);
      if (was !== now) parts.push(t("changes.time", { before: was, after: now }));
      return `${after.title} (${eventTitle}): ${parts.join("; ")}`;
    });
    const delay = input.delay && { minutes: input.delay.minutes, event: input.delay.eventTitle };
    return {
      subject: delay ? t("delay.subject", delay) : t("changes.subject", { count: input.changes.length }),
      blocks: [{ paragraph: delay ? t("delay.body", delay) : t("changes.body") }, { list: lines }, { link: { label: t("assignment.link"), href: input.link } }],
    };
  });
}

/** To someone assigned, about a day before their first slot of an event. */
export function reminderMail(input: AssignmentMessage & { slots: number }): MailContent {
  return compose(input, (t, locale) => ({
    subject: t("reminder.subject", { event: input.eventTitle }),
    blocks: [
      { paragraph: t("reminder.body", { event: input.eventTitle, count: input.slots }) },
      ...assignmentFacts(input, locale, t),
      { link: { label: t("assignment.link"), href: input.link } },
    ],
  }));
}

/** To someone a coordinator invites to organize a city: who invites them, and the link to create their account. */
export function organizerInvitationMail(input: { locale: string; recipientName: string; inviterName: string; link: string; expiresAt: string }): MailContent {
  return compose(input, (t, locale) => {
    const expires = new Date(input.expiresAt);
    return {
      subject: t("invitation.subject", { inviter: input.inviterName }),
      blocks: [
        { paragraph: t("invitation.body", { inviter: input.inviterName }) },
        { link: { label: t("invitation.link"), href: input.link } },
        {
          paragraph: t("invitation.expires", {
            date: `${formatDateLong(expires, "UTC", locale)}${dateTimeSeparator(locale)}${timeLabel(expires, "UTC", locale)}`,
          }),
        },
      ],
    };
  });
}

/** To a coordinator: the cities that registered for an event since the last such message, to review. */
export function registrationsMail(input: {
  locale: string;
  recipientName: string;
  eventTitle: string;
  cities: { name: string; country: string; by: string }[];
  link: string;
}): MailContent {
  return compose(input, (t) => ({
    subject: t("registrations.subject", { count: input.cities.length, event: input.eventTitle }),
    blocks: [
      { paragraph: t("registrations.body", { count: input.cities.length, event: input.eventTitle }) },
      { list: input.cities.map((city) => t("registrations.city", city)) },
      { link: { label: t("registrations.link"), href: input.link } },
    ],
  }));
}

/** To someone who forgot their password: the one-time link, and that nothing changes if they did not ask. */
export function passwordResetMail(input: { locale: string; recipientName: string; link: string; minutes: number }): MailContent {
  return compose(input, (t) => ({
    subject: t("reset.subject"),
    blocks: [
      { paragraph: t("reset.body") },
      { link: { label: t("reset.link"), href: input.link } },
      { paragraph: t("reset.expires", { minutes: input.minutes }) },
      { paragraph: t("reset.notYou") },
    ],
  }));
}

/** To someone who just signed up: the link that confirms their address (the account signs in after). */
export function verifyEmailMail(input: { locale: string; recipientName: string; link: string; hours: number }): MailContent {
  return compose(input, (t) => ({
    subject: t("verify.subject"),
    blocks: [
      { paragraph: t("verify.body") },
      { link: { label: t("verify.link"), href: input.link } },
      { paragraph: t("verify.expires", { hours: input.hours }) },
      { paragraph: t("verify.notYou") },
    ],
  }));
}

/** To the owner of an address someone tried to sign up with again: sign in, or choose a new password. */
export function accountExistsMail(input: { locale: string; recipientName: string; signIn: string; reset: string }): MailContent {
  return compose(input, (t) => ({
    subject: t("exists.subject"),
    blocks: [
      { paragraph: t("exists.body") },
      { link: { label: t("exists.signIn"), href: input.signIn } },
      { link: { label: t("exists.reset"), href: input.reset } },
      { paragraph: t("exists.notYou") },
    ],
  }));
}

/** What an attendee's messages say about their registration. */
export type AttendeeMessage = {
  locale: string;
  recipientName: string;
  eventTitle: string;
  cityName: string;
  /** The venue's zone: an attendee's times are the city's. */
  cityTimeZone: string;
  startsAt: string;
  endsAt: string;
  seats: number;
  /** Their personal page (absolute): view, change, cancel. */
  link: string;
  /** An online event's registration ("" for cityName): its live streams, by language. */
  streams?: { language: string; url: string }[];
};

export type AttendeeStatus = "unconfirmed" | "awaitingApproval" | "confirmed" | "waitlisted" | "declined" | "cancelled";
export type AttendeeOutcome = "confirmed" | "promoted" | "waitlisted" | "awaiting" | "declined" | "cancelled";

const attendeeValues = (input: AttendeeMessage, t: Translator) => ({
  event: input.eventTitle,
  city: input.cityName,
  // An online event's registration names no city.
  online: input.cityName ? "no" : "yes",
  seats: t("attendee.seats", { count: input.seats }),
});

/** An online event's streams, one line per language in the reader's language. */
function streamBlocks(input: AttendeeMessage, locale: InterfaceLocale, t: Translator): Block[] {
  if (!input.streams?.length) return [];
  return [{ paragraph: t("attendee.streams") }, { list: input.streams.map((s) => `${languageName(s.language, locale)}: ${s.url}`) }];
}

type MailKey = Parameters<Translator>[0];

type AttendeeParts = {
  t: Translator;
  locale: InterfaceLocale;
  values: ReturnType<typeof attendeeValues>;
  /** "When: …" in the attendee's zone (a venue's: the city's). */
  when: Block;
  /** A slot in the attendee's zone. */
  slotOf: (startsAt: string, endsAt: string) => string;
};

/** An attendee's message: subject and blocks in their language, with what every one of them uses. */
function attendeeMail(input: AttendeeMessage, subject: MailKey, blocks: (parts: AttendeeParts) => Block[]): MailContent {
  return compose(input, (t, locale) => {
    const values = attendeeValues(input, t);
    const slotOf = (startsAt: string, endsAt: string) => slot(startsAt, endsAt, input.cityTimeZone, locale);
    const when = { paragraph: t("attendee.when", { slot: slotOf(input.startsAt, input.endsAt) }) };
    return { subject: t(subject, values), blocks: blocks({ t, locale, values, when, slotOf }) };
  });
}

/** To someone who asked to register: the link to the page where a button confirms it (never the link alone: mail scanners open links). */
export function attendeeConfirmMail(input: AttendeeMessage): MailContent {
  return attendeeMail(input, "attendee.confirm.subject", ({ t, values, when }) => [
    { paragraph: t("attendee.confirm.body", values) },
    when,
    { paragraph: t("attendee.confirm.action") },
    { link: { label: t("attendee.confirm.link"), href: input.link } },
    { paragraph: t("attendee.confirm.notYou") },
  ]);
}

/** To the owner of an address someone registered again with: nothing changed, here is the registration as it stands. */
export function attendeeRepeatMail(input: AttendeeMessage & { status: AttendeeStatus }): MailContent {
  return attendeeMail(input, "attendee.repeat.subject", ({ t, values, when }) => [
    { paragraph: t("attendee.repeat.body", values) },
    { paragraph: t("attendee.repeat.status", { ...values, status: t(`attendee.statuses.${input.status}`) }) },
    when,
    { link: { label: input.status === "unconfirmed" ? t("attendee.confirm.link") : t("attendee.link"), href: input.link } },
  ]);
}

/**
 * To an attendee, when their registration is decided or changes: confirmed (or promoted from the
 * waiting list: then with the venue's address, the code for the door and its QR code, shown
 * from the message's inline image `qrCid`; online, the streams), waitlisted, awaiting approval,
 * declined, cancelled.
 */
export function attendeeOutcomeMail(
  input: AttendeeMessage & { outcome: AttendeeOutcome; venue: { name: string; address: string; private: boolean }; code: string; qrCid: string },
): MailContent {
  return attendeeMail(input, `attendee.${input.outcome}.subject`, ({ t, locale, values, when }) => {
    const seated = input.outcome === "confirmed" || input.outcome === "promoted";
    const blocks: Block[] = [{ paragraph: t(`attendee.${input.outcome}.body`, values) }];
    if (seated && !input.cityName) {
      // Online: the streams, nothing for a door.
      blocks.push(when, ...streamBlocks(input, locale, t), { paragraph: t("attendee.calendar") });
    } else if (seated) {
      blocks.push(when);
      if (input.venue.name) blocks.push({ paragraph: t("attendee.venue", { venue: input.venue.name }) });
      if (input.venue.address) {
        blocks.push({ paragraph: t("attendee.address", { address: input.venue.address }) });
        if (input.venue.private) blocks.push({ paragraph: t("attendee.addressPrivate") });
      }
      blocks.push({ paragraph: t("attendee.door", { code: input.code }) }, { image: { cid: input.qrCid, alt: t("attendee.qrAlt", { code: input.code }) } });
      blocks.push({ paragraph: t("attendee.calendar") });
    } else if (input.outcome !== "cancelled" && input.outcome !== "declined") {
      blocks.push(when);
    }
    if (input.outcome !== "cancelled") blocks.push({ link: { label: t("attendee.link"), href: input.link } });
    return blocks;
  });
}

export type AttendeeNotice = "cityWithdrawn" | "eventCancelled" | "timeChanged";

/** To an attendee, when their city withdraws, the event is cancelled, or its time changes (old → new in their zone). */
export function attendeeNoticeMail(input: AttendeeMessage & { notice: AttendeeNotice; before?: { startsAt: string; endsAt: string } }): MailContent {
  return attendeeMail(input, `attendee.notice.${input.notice}.subject`, ({ t, values, slotOf }) => {
    if (input.notice !== "timeChanged") return [{ paragraph: t(`attendee.notice.${input.notice}.body`, values) }];
    const before = input.before ?? { startsAt: input.startsAt, endsAt: input.endsAt };
    return [
      {
        paragraph: t("attendee.notice.timeChanged.body", {
          ...values,
          before: slotOf(before.startsAt, before.endsAt),
          after: slotOf(input.startsAt, input.endsAt),
        }),
      },
      { paragraph: t("attendee.notice.timeChanged.calendar") },
      { link: { label: t("attendee.link"), href: input.link } },
    ];
  });
}

/** To someone registered for an online event, about a day before it: when (in their zone), the streams, their page. */
export function attendeeReminderMail(input: AttendeeMessage): MailContent {
  return attendeeMail(input, "attendee.reminder.subject", ({ t, locale, values, when }) => [
    { paragraph: t("attendee.reminder.body", values) },
    when,
    ...streamBlocks(input, locale, t),
    { link: { label: t("attendee.link"), href: input.link } },
  ]);
}

/** To someone a city's organizer asks onto its team: invited to create an account (`invited`), or told they were added (`added`, an existing account). */
export function cityTeamMail(input: {
  locale: string;
  recipientName: string;
  inviterName: string;
  eventTitle: string;
  cityName: string;
  role: "organizer" | "door";
  kind: "invited" | "added";
  link: string;
  expiresAt?: string;
}): MailContent {
  return compose(input, (t, locale) => {
    const values = { inviter: input.inviterName, city: input.cityName, event: input.eventTitle };
    const expires = input.expiresAt ? new Date(input.expiresAt) : null;
    return {
      subject: t(`team.${input.kind}.subject`, values),
      blocks: [
        { paragraph: t(`team.${input.kind}.${input.role}`, values) },
        { link: { label: t(`team.${input.kind}.link`), href: input.link } },
        ...(expires
          ? [
              {
                paragraph: t("invitation.expires", {
                  date: `${formatDateLong(expires, "UTC", locale)}${dateTimeSeparator(locale)}${timeLabel(expires, "UTC", locale)}`,
                }),
              },
            ]
          : []),
      ],
    };
  });
}
