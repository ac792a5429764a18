import { describe, expect, it } from "vitest";
import { internalPath } from "./redirect";

describe("internalPath", () => {
  it("keeps a path of this site with its query, normalized", () => {
    expect(internalPath("/events/x?tz=Asia%2FTehran")).toBe("/events/x?tz=Asia%2FTehran");
    expect(internalPath("/dashboard/../events/x")).toBe("/events/x");
    expect(internalPath("/events/x#program")).toBe("/events/x");
  });

  it("refuses every way out of the site, decoded as a query parameter arrives", () => {
    for (const hostile of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/.//evil.example",
      "/%2F/evil.example/..",
      "https://evil.example/",
      "javascript:alert(1)",
      " /events",
      "",
    ]) {
      const kept = internalPath(hostile, "/fallback");
      expect(kept === "/fallback" || (kept.startsWith("/") && !kept.startsWith("//")), JSON.stringify(hostile)).toBe(true);
      expect(new URL(kept, "https://site.example").origin, JSON.stringify(hostile)).toBe("https://site.example");
    }
    expect(internalPath("/\t/evil.example", "/f")).toBe("/f");
    expect(internalPath("/\\evil.example", "/f")).toBe("/f");
    expect(internalPath("/.//evil.example", "/f")).toBe("/f");
    expect(internalPath(undefined, "/f")).toBe("/f");
    expect(internalPath(["/a", "/b"], "/f")).toBe("/f");
  });
});
