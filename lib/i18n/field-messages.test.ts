import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldMessageKey } from "./field-messages";

const ROOT = path.resolve(__dirname, "..", "..");
const catalog = (lang: string) => JSON.parse(readFileSync(path.join(ROOT, "messages", `${lang}.json`), "utf8")).Fields as Record<string, string>;
const sources = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(path.join(ROOT, dir, file), "utf8"));

describe("field messages", () => {
  it("every sentence a schema or a command says about a field is in the Fields catalog, in every language", () => {
    const fromSchemas = sources("lib/validation").flatMap((text) => [...text.matchAll(/"([A-Z][^"\\]{6,}[.])"/g)].map((m) => m[1]!));
    const fromCommands = sources("lib/data").flatMap((text) => [...text.matchAll(/\{ path: "[^"]+", message: "([^"]+)" \}/g)].map((m) => m[1]!));
    const sentences = [...new Set([...fromSchemas, ...fromCommands])];
    expect(sentences.length).toBeGreaterThan(40);
    for (const lang of ["en", "fr", "fa", "ar"]) {
      const fields = catalog(lang);
      expect(
        sentences.filter((sentence) => !fields[fieldMessageKey(sentence)]),
        lang,
      ).toEqual([]);
    }
    // The English catalog says each sentence exactly as it is sent.
    for (const sentence of sentences) expect(catalog("en")[fieldMessageKey(sentence)]).toBe(sentence);
  });
});
