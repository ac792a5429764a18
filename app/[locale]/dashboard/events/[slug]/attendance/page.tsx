// /dashboard/events/{slug}/attendance: the coordinators' board of every approved city's seats:
// confirmed against capacity, waiting, to approve, checked in at the door; live on the day.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/auto-refresh";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { attendanceBoard } from "@/lib/data/registrations";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "Attendance" }))("title") };
}

export default async function AttendancePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/attendance`, { permission: "registration.read.any" });
  const board = await pageRead(attendanceBoard(user, slug));
  const t = await getTranslations("Attendance");
  const number = new Intl.NumberFormat(locale);
  const sum = (key: "confirmed" | "waitlisted" | "awaiting" | "checkedIn") => board.cities.reduce((total, city) => total + city[key], 0);
  return (
    <section className="narrow narrow--wide">
      <AutoRefresh seconds={30} />
      <p className="breadcrumb">
        <Link href={`/dashboard/events/${slug}`}>{board.event.title}</Link>
      </p>
      <h1>{t("heading", { event: board.event.title })}</h1>
      <p className="muted">{t("intro")}</p>
      {board.online !== null ? (
        <p data-testid="online-count">
          <Link href={`/dashboard/events/${slug}/attendees`}>{t("online", { count: board.online })}</Link>
        </p>
      ) : null}
      {board.cities.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <div className="table-scroll" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="table table--labelled" data-testid="attendance">
          <thead>
            <tr>
              <th scope="col">{t("city")}</th>
              <th scope="col">{t("confirmed")}</th>
              <th scope="col">{t("capacity")}</th>
              <th scope="col">{t("waiting")}</th>
              <th scope="col">{t("awaiting")}</th>
              <th scope="col">{t("checkedIn")}</th>
            </tr>
          </thead>
          <tbody>
            {board.cities.map((city) => (
              <tr key={city.slug} data-city={city.slug}>
                <th scope="row">
                  <Link href={`/dashboard/events/${slug}/cities/${city.slug}/attendees`}>{city.name}</Link>
                  {!city.open ? <span className="muted small block">{t("closed")}</span> : null}
                </th>
                <td data-label={t("confirmed")}>{number.format(city.confirmed)}</td>
                <td data-label={t("capacity")}>{city.capacity === null ? "—" : number.format(city.capacity)}</td>
                <td data-label={t("waiting")}>{number.format(city.waitlisted)}</td>
                <td data-label={t("awaiting")}>{number.format(city.awaiting)}</td>
                <td data-label={t("checkedIn")}>{number.format(city.checkedIn)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              <td data-label={t("confirmed")}>{number.format(sum("confirmed"))}</td>
              <td data-label={t("capacity")}>{number.format(board.cities.reduce((total, city) => total + (city.capacity ?? 0), 0))}</td>
              <td data-label={t("waiting")}>{number.format(sum("waitlisted"))}</td>
              <td data-label={t("awaiting")}>{number.format(sum("awaiting"))}</td>
              <td data-label={t("checkedIn")}>{number.format(sum("checkedIn"))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
