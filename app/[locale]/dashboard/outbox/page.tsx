// /dashboard/outbox: every message sent, being sent, failed or held, newest first (coordinators and admins).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { pageUser } from "@/lib/auth/guards";
import { listOutbox, MESSAGE_STATUSES } from "@/lib/data/outbox";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, type InterfaceLocale } from "@/lib/i18n/locales";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { formatDateMedium, timeLabel, toLocalIso } from "@/lib/time";
import { sendAgainAction } from "../outbox-actions";

export const dynamic = "force-dynamic";

const BADGE = { SENT: "badge--good", RETRYING: "badge--warn", FAILED: "badge--bad", QUEUED: "", HELD: "" } as const;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Outbox" });
  return { title: t("title") };
}

export default async function OutboxPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const user = await pageUser("/dashboard/outbox", { permission: "outbox.manage" });
  const asked = singleParam((await searchParams).status)?.toUpperCase();
  const status = MESSAGE_STATUSES.find((s) => s === asked);
  const t = await getTranslations("Outbox");
  const messages = await listOutbox(user, { status });
  const mailServer = Boolean(process.env.SMTP_URL);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{mailServer ? t("intro") : t("noServer")}</p>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="filter-status">{t("status")}</label>
          <select id="filter-status" name="status" defaultValue={status?.toLowerCase() ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {MESSAGE_STATUSES.map((value) => (
              <option key={value} value={value.toLowerCase()}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("filter")}
        </button>
      </form>
      {messages.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <div className="table-scroll" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="table table--stack" data-testid="outbox">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("message")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} data-message={m.id} data-status={m.status.toLowerCase()}>
                <td>
                  <time dateTime={toLocalIso(m.createdAt, "UTC")}>
                    <bdi>
                      {formatDateMedium(m.createdAt, "UTC", locale)}, {timeLabel(m.createdAt, "UTC", locale)}
                    </bdi>
                  </time>
                </td>
                <td>
                  <bdi>{m.toName}</bdi>
                  <span className="muted small block">
                    <bdi>{m.toEmail}</bdi>
                  </span>
                </td>
                <td>
                  <Link href={`/dashboard/outbox/${m.id}`}>
                    <bdi>{m.subject}</bdi>
                  </Link>
                  <span className="muted small block">
                    {t.has(`kinds.${m.kind}`) ? t(`kinds.${m.kind}`) : m.kind} · {LOCALE_NAMES[m.locale as InterfaceLocale] ?? m.locale}
                  </span>
                </td>
                <td>
                  <span className={`badge ${BADGE[m.status]}`}>{t(`statuses.${m.status}`)}</span>
                  <span className="muted small block">{t("attempts", { count: m.attempts })}</span>
                  {m.lastError ? (
                    <span className="small block">
                      <bdi>{m.lastError}</bdi>
                    </span>
                  ) : null}
                  {mailServer && (m.status === "FAILED" || m.status === "HELD") ? (
                    <ActionButton action={sendAgainAction.bind(null, m.id)} label={t("sendAgainTo", { email: m.toEmail })}>
                      {t("sendAgain")}
                    </ActionButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
