// ESLint flat config (Next 16 dropped `next lint`). The restricted imports keep the
// architecture's "one door per concern": only lib/time imports luxon, only lib/db.ts (and
// the CLI-side scripts) build a Prisma client, and nothing under app/ queries the database.
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".next-test/", ".next-bench/", ".data/", "lib/generated/", "playwright-report/", "test-results/", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/time/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "luxon", message: "Only lib/time/ converts and labels time: import from @/lib/time." },
            { name: "@prisma/adapter-pg", message: "Only lib/db.ts creates the Prisma client: import { db } from @/lib/db." },
          ],
        },
      ],
    },
  },
  {
    // Pages, actions and routes read and write through lib/data, whose functions take the
    // signed-in user and decide what they may see: no query written next to the page.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "luxon", message: "Only lib/time/ converts and labels time: import from @/lib/time." },
            { name: "@prisma/adapter-pg", message: "Only lib/db.ts creates the Prisma client." },
            { name: "@/lib/db", message: "Read and write through lib/data (functions that take the user and decide visibility)." },
          ],
        },
      ],
    },
  },
  {
    // The CLI side builds its own clients: migrations and seeds run outside the app.
    files: ["lib/db.ts", "prisma/**", "scripts/**"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "luxon", message: "Only lib/time/ imports luxon." }] }] },
  },
);
