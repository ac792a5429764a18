import { languageName } from "@/lib/languages";
import type { LanguageJson } from "@/lib/data/event-json";

/** The broadcast languages with their live streams (event and city pages). */
export function StreamList({
  languages,
  locale,
  watchLabel,
  soonLabel,
}: {
  languages: LanguageJson[];
  locale: string;
  watchLabel: string;
  soonLabel?: string;
}) {
  return (
    <ul className="language-list">
      {languages.map((language) => (
        <li key={language.code}>
          <span className="language-list__name">{languageName(language.code, locale)}</span>{" "}
          {language.streamUrl ? (
            <a href={language.streamUrl} rel="noopener noreferrer">
              <bdi>{watchLabel}</bdi>
            </a>
          ) : soonLabel ? (
            <span className="muted">{soonLabel}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
