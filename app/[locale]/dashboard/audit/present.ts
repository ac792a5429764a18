import "server-only";
/**
 * The audit log in the reader's words: actions ("A program item was changed"), fields ("Start"),
 * values (statuses, roles, kinds, languages, countries by name; instants as dates and times in the
 * event's own zone, in the reader's digits), never the internal names the records keep.
 */
import { getTranslations } from "next-intl/server";
import { languageName } from "@/lib/languages";
import { formatDateMedium, timeLabel } from "@/lib/time";
import { countryName } from "@/lib/validation/common";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

export async function auditPresenter(locale: string) {
  const t = await getTranslations("Audit");
  const said = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  // Values already named elsewhere in the interface are said with those words.
  const [event, program, editor, dashboard, coverage] = await Promise.all(
    ["Event", "Program", "ProgramEditor", "Dashboard", "Coverage"].map((namespace) => getTranslations(namespace)),
  );
  const named = (translate: typeof t, key: string) => (translate.has(key) ? translate(key) : null);
  const enumValue = (field: string, value: string): string | null => {
    const lower = value.toLowerCase();
    switch (field) {
      case "status":
        return named(event!, `status.${lower}`) ?? named(event!, `cityStatus.${lower}`) ?? named(coverage!, `status.${lower}`);
      case "role":
        return named(dashboard!, `role.${value.toUpperCase()}`) ?? named(coverage!, `roles.${lower}`);
      case "kind":
        return named(program!, `kinds.${lower}`);
      case "attendanceMode":
        return named(editor!, `modes.${lower}`);
      case "direction":
        return named(t, `directions.${lower}`);
      default:
        return null;
    }
  };
  const instant = (text: string, zone: string) => {
    const at = new Date(text);
    return `${formatDateMedium(at, zone, locale)}, ${timeLabel(at, zone, locale)}`;
  };
  const languages = (text: string) =>
    text
      .split(", ")
      .map((part) => {
        // An event's languages are "fa https://stream…": the language by name, then its stream.
        const [code = "", ...rest] = part.split(" ");
        return [languageName(code, locale), ...rest].join(" ");
      })
      .join(", ");

  return {
    action: (action: string) => said(`actions.${action.replace(".", "_")}`, action),
    field(field: string): string {
      // "translations.fa.title": the field, then the language it is translated into.
      const translation = /^translations\.([^.]+)\.(.+)$/.exec(field);
      if (translation) return `${said(`fields.${translation[2]!.replaceAll(".", "_")}`, translation[2]!)} (${languageName(translation[1]!, locale)})`;
      return said(`fields.${field.replaceAll(".", "_")}`, field);
    },
    value(field: string, text: string, zone: string): string {
      if (text === "") return "—";
      if (INSTANT.test(text)) return instant(text, zone);
      if (text === "true" || text === "false") return t(text === "true" ? "yes" : "no");
      const last = field.split(".").pop()!;
      if (last === "language" || last === "languages" || last === "contentLanguage") return languages(text);
      if (last === "countryCode") return countryName(text, locale);
      return enumValue(last, text) ?? text;
    },
  };
}
