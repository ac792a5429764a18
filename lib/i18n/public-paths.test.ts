import { describe, expect, it } from "vitest";
import { isPublicPath, localizedHref, localizedPublicPath, negotiateLocale } from "./public-paths";

describe("public addresses by language", () => {
  it("knows the public pages with and without a language", () => {
    expect(isPublicPath("/")).toBe(true);
    expect(isPublicPath("/events/x")).toBe(true);
    expect(isPublicPath("/events/x/cities/paris")).toBe(true);
    expect(isPublicPath("/dashboard")).toBe(false);
    expect(isPublicPath("/events/x/cities")).toBe(false);
    expect(localizedPublicPath("/fa/events/x")).toEqual({ locale: "fa", path: "/events/x" });
    expect(localizedPublicPath("/ar")).toEqual({ locale: "ar", path: "/" });
    expect(localizedPublicPath("/fa/dashboard")).toBeNull();
    expect(localizedPublicPath("/de/events/x")).toBeNull();
    expect(localizedHref("fr", "/")).toBe("/fr");
    expect(localizedHref("fr", "/events/x")).toBe("/fr/events/x");
  });

  it("sends a bare address to the remembered language, else the browser's, else English", () => {
    expect(negotiateLocale("fa", "fr-FR,fr;q=0.9")).toBe("fa");
    expect(negotiateLocale(undefined, "de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
    expect(negotiateLocale(undefined, "en;q=0.2, ar;q=0.9")).toBe("ar");
    expect(negotiateLocale("xx", "de")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale(undefined, "fa;q=0")).toBe("en");
  });
});
