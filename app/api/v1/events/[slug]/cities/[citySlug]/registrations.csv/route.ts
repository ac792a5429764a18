// GET /api/v1/events/{slug}/cities/{citySlug}/registrations.csv - the city's registrations as a spreadsheet (its organizers, coordinators)
import { stringify } from "csv-stringify/sync";
import { apiHandler } from "@/lib/api/handler";
import { requireUser } from "@/lib/auth/guards";
import { registrationsCsvRows } from "@/lib/data/registrations";

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" typed as a name) is kept as text. */
const inert = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export const GET = apiHandler<{ slug: string; citySlug: string }>(async (_request, { slug, citySlug }) => {
  const user = await requireUser();
  const { city, rows } = await registrationsCsvRows(user, slug, citySlug);
  // With a byte-order mark, so spreadsheets read Persian and Arabic names as UTF-8.
  const body = `\uFEFF${stringify(
    rows.map((row) => row.map(inert)),
    { record_delimiter: "windows" },
  )}`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="registrations-${slug}-${city}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
