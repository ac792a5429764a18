/**
 * A labelled form control with its error next to it (aria-describedby, aria-invalid).
 * `children` replaces the default <input> (for a select or textarea); it receives the ids.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { CHECK_FIELDS, type FormResult } from "@/lib/forms";
import { fieldMessageKey } from "@/lib/i18n/field-messages";

/** Error codes whose meaning the interface says in the reader's language (messages "Results"). */
const SAID_ERRORS = new Set([
  "unauthenticated",
  "forbidden",
  "not_found",
  "stale_version",
  "slug_taken",
  "rate_limited",
  "payload_too_large",
  "password_change_required",
  "internal_error",
]);

/**
 * A form result in the reader's language: a success code, a known error code, "check the
 * highlighted fields" when the problems are said at the fields; otherwise the server's own
 * detail (a booking conflict names the other slot), which is English.
 */
export function useResultText(result: FormResult<unknown> | null | undefined): string | undefined {
  const t = useTranslations("Results");
  if (!result) return undefined;
  if (result.ok) return result.code ? t(result.code, result.params) : undefined;
  if (result.code === "validation_error" && result.message === CHECK_FIELDS) return t("check_fields");
  if (result.code && SAID_ERRORS.has(result.code)) return t(result.code);
  return result.message;
}

type Props = {
  name: string;
  /** Distinguishes the ids of two forms on one page that share field names. */
  idPrefix?: string;
  label: string;
  errors?: string[];
  hint?: string;
  type?: string;
  defaultValue?: string | number;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  list?: string;
  min?: number;
  children?: (props: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
};

/** Field messages in the reader's language (lib/i18n/field-messages.ts); unknown ones as sent. */
export function useFieldMessages(messages: string[] | undefined): string[] | undefined {
  const t = useTranslations("Fields");
  return messages?.map((message) => (t.has(fieldMessageKey(message)) ? t(fieldMessageKey(message)) : message));
}

export function FormField({ name, idPrefix = "field", label, errors: sent, hint, children, ...input }: Props) {
  const errors = useFieldMessages(sent);
  const id = `${idPrefix}-${name.replaceAll(".", "-")}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = { id, name, "aria-describedby": describedBy, "aria-invalid": errors?.length ? (true as const) : undefined };
  return (
    <div className="field">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        {input.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children ? children(control) : <input {...control} {...input} type={input.type ?? "text"} />}
      {errors?.length ? (
        // dir="auto": a message still in English reads left to right on a right-to-left page.
        <p id={`${id}-error`} className="field-error" dir="auto">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A form's answer, placed by each form beside its submit button, where the person is looking
 * (a long form's top is off a phone's screen), and announced (aria-live). When fields are
 * refused, focus moves to the first of them, whose own message says what is wrong.
 */
export function FormMessage({ result }: { result: FormResult<unknown> | null | undefined }) {
  const message = useResultText(result);
  const ok = result?.ok;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result && !result.ok && Object.keys(result.fieldErrors).length) {
      box.current?.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [result]);
  return (
    <div aria-live="polite" ref={box}>
      {message ? (
        <p className={ok ? "form-success" : "form-error"} data-testid="form-message">
          {message}
        </p>
      ) : null}
    </div>
  );
}

type LanguageChecksProps = {
  legend: string;
  languages: { code: string; name: string }[];
  /** Codes checked at first. */
  checked?: string[];
  errors?: string[];
  /**
   * "languages": one field named `languages` per checked code (speaker and event forms);
   * "per-language": a field `language-<code>` each (the city form reads the keys).
   */
  naming?: "languages" | "per-language";
};

/** A fieldset of language checkboxes with the field's error above them. */
export function LanguageChecks({ legend, languages, checked = [], errors: sent, naming = "languages" }: LanguageChecksProps) {
  const errors = useFieldMessages(sent);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {errors?.length ? (
        <p className="field-error" dir="auto">
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="checks">
        {languages.map((language) => (
          <label key={language.code} className="check">
            <input
              type="checkbox"
              {...(naming === "languages" ? { name: "languages", value: language.code } : { name: `language-${language.code}` })}
              defaultChecked={checked.includes(language.code)}
            />{" "}
            {language.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
