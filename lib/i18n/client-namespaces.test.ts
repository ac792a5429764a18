import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-namespaces";

const ROOT = path.resolve(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("client message namespaces", () => {
  it("include every namespace a client component reads", () => {
    const read = new Map<string, string>();
    for (const file of [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "components"))]) {
      const text = readFileSync(file, "utf8");
      if (!/^\s*["']use client["']/.test(text)) continue;
      for (const [, namespace] of text.matchAll(/useTranslations\(\s*["']([\w.]+)["']\s*\)/g)) read.set(namespace!.split(".")[0]!, path.relative(ROOT, file));
    }
    expect(read.size).toBeGreaterThan(10);
    const missing = [...read].filter(([namespace]) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace)).map(([ns, file]) => `${ns} (${file})`);
    expect(missing).toEqual([]);
  });
});
