import { describe, expect, it } from "vitest";
import { singleParam } from "./search-params";

describe("singleParam", () => {
  it("keeps one clean value and drops repeated or broken ones", () => {
    expect(singleParam("paris-2027")).toBe("paris-2027");
    expect(singleParam(["a", "b"])).toBeUndefined();
    expect(singleParam("x\u0000")).toBeUndefined();
    expect(singleParam(undefined)).toBeUndefined();
  });
});
