import { describe, expect, it } from "vitest";
import { languageName } from "./languages";

describe("languageName", () => {
  it("names a language in the reader's language", () => {
    expect(languageName("fa", "en")).toBe("Persian");
    expect(languageName("fa", "fa")).toBe("فارسی");
    expect(languageName("fa", "fr")).toBe("persan");
    expect(languageName("fr", "ar")).toBe("الفرنسية");
  });

  it("keeps the table's English names and shows an unknown code as it is", () => {
    expect(languageName("de-CH")).toBe("Swiss German");
    expect(languageName("zz-unknown", "fr")).toBe("zz-unknown");
  });
});
