// Every interface language has every message, with the same placeholders as English, and
// every message is valid ICU MessageFormat in its own locale.
import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";

type Tree = { [key: string]: string | Tree };
const load = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "..", "..", "messages", `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? { ...all, [name]: value } : { ...all, ...flatten(value, name) };
  }, {});
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** Every argument of an ICU message, nested in select and plural branches too: "{zone} ({online, select, no { in {city}} other {}})" -> city, online, zone. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural: each names an argument.
      if (element.type >= 1 && element.type <= 6 && typeof element.value === "string") names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst() as Element[]);
  return [...names].sort();
}

const english = flatten(load("en"));

describe("message catalogs", () => {
  it("include all four interface languages", () => {
    expect([...routing.locales].sort()).toEqual(["ar", "en", "fa", "fr"]);
  });

  for (const locale of routing.locales) {
    it(`${locale} has every key of en and no other, with the same placeholders`, () => {
      const messages = flatten(load(locale));
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(argumentsOf(messages[key]!), `${locale}: ${key}`).toEqual(argumentsOf(text));
      }
    });

    it(`${locale} messages are valid ICU and format with sample values`, () => {
      for (const [key, text] of Object.entries(flatten(load(locale)))) {
        const format = new IntlMessageFormat(text, locale);
        const values = Object.fromEntries(
          argumentsOf(text).map((name) => [name, /count|days|hours|minutes|gaps|conflicts|approved|pending/.test(name) ? 2 : "x"]),
        );
        expect(() => format.format(values), `${locale}: ${key}`).not.toThrow();
      }
    });
  }
});

describe("numbers in the reader's digits", () => {
  // A message that prints a number as a bare {argument} shows Latin digits in a Persian sentence.
  it.each([
    ["Countdown.startsIn", { days: 2, hours: 3, minutes: 45 }],
    ["Dashboard.cityCounts", { approved: 12, pending: 3 }],
    ["ViewerTime.dayShift", { shift: 1, count: 1 }],
  ])("%s has no Latin digit in Persian", (key, values) => {
    const message = flatten(load("fa"))[key]!;
    const text = String(new IntlMessageFormat(message, "fa").format(values));
    expect(text).toMatch(/[۰-۹]/);
    expect(text).not.toMatch(/[0-9]/);
  });
});
