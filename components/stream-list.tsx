import type { LanguageJson } from "@/lib/data/event-json";

/** The broadcast languages with their live streams (event and city pages). */
export function StreamList({ languages, watchLabel, soonLabel }: { languages: LanguageJson[]; watchLabel: string; soonLabel?: string }) {
  return (
    <ul className="language-list">
      {languages.map((language) => (
        <li key={language.code}>
          <span className="language-list__name">{language.name}</span>{" "}
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
