// /dashboard/outbox/{id}: one message as it was sent: its headers, plain text and HTML parts (coordinators and admins).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isApiError, pageUser } from "@/lib/auth/guards";
import { getMessage } from "@/lib/data/outbox";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { formatDateMedium, timeLabel } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; messageId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Outbox" });
  return { title: t("title") };
}

export default async function MessagePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { messageId } = await params;
  const user = await pageUser(`/dashboard/outbox/${messageId}`, { permission: "outbox.manage" });
  const message = await getMessage(user, messageId).catch((error: unknown) => {
    if (isApiError(error) && error.status === 404) notFound();
    throw error;
  });
  const t = await getTranslations("Outbox");
  const rows: [string, string][] = [
    [t("to"), `${message.toName} <${message.toEmail}>`],
    [t("subject"), message.subject],
    [t("status"), t(`statuses.${message.status}`)],
    [t("created"), `${formatDateMedium(message.createdAt, "UTC", locale)}, ${timeLabel(message.createdAt, "UTC", locale)}`],
    ...(message.sentAt
      ? [[t("sent"), `${formatDateMedium(message.sentAt, "UTC", locale)}, ${timeLabel(message.sentAt, "UTC", locale)}`] as [string, string]]
      : []),
    ...(message.lastError ? [[t("lastError"), message.lastError] as [string, string]] : []),
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard/outbox">{t("backToOutbox")}</Link>
      </p>
      <h1>
        <bdi>{message.subject}</bdi>
      </h1>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
      {message.text === null || message.html === null ? (
        <p className="muted" data-testid="mail-hidden">
          {t("keyHidden")}
        </p>
      ) : (
        <>
          <section className="section" aria-labelledby="text-part">
            <h2 id="text-part">{t("textPart")}</h2>
            <pre className="mail-text" lang={message.locale} dir="auto" data-testid="mail-text">
              {message.text}
            </pre>
          </section>
          <section className="section" aria-labelledby="html-part">
            <h2 id="html-part">{t("htmlPart")}</h2>
            {/* The message's own HTML, in a sandbox: no script, no form, no navigation of this page. */}
            <iframe className="mail-html" title={t("htmlPart")} sandbox="" srcDoc={message.html} />
          </section>
        </>
      )}
    </>
  );
}
