import { describe, expect, it } from "vitest";
import { isCleanLine, isCleanText, withoutOutputBreakers } from "./common";

describe("text that would break an output", () => {
  it("refuses control characters, non-characters and lone surrogates everywhere", () => {
    for (const text of ["Bell \u0001\u000b ring", "nul \u0000", "del \u007f", "\ufffe", "\uffff", "lone \ud800", "lone \udc00 low"]) {
      expect(isCleanText(text), JSON.stringify(text)).toBe(false);
      expect(isCleanLine(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("keeps tab and line breaks in paragraphs only, and refuses direction overrides in a line", () => {
    expect(isCleanText("one\ntwo\r\n\tthree")).toBe(true);
    expect(isCleanLine("one\ntwo")).toBe(false);
    expect(isCleanLine("tab\there")).toBe(false);
    expect(isCleanLine("\u202eevil")).toBe(false);
    expect(isCleanLine("\u2067isolate\u2069")).toBe(false);
  });

  it("accepts every script and emoji, surrogate pairs included", () => {
    for (const text of ["Paris", "پاریس", "باريس", "Zürich", "Łódź", "東京", "🎤 Opening", "Nasrin Tavakoli — 17:00"])
      expect(isCleanLine(text), text).toBe(true);
  });

  it("lets the feed writers drop what slipped in before the check", () => {
    expect(withoutOutputBreakers("Bell \u0001\u000b ring\nnext \ud800line")).toBe("Bell  ring\nnext line");
  });
});
