// ESLint flat config (Next 16 dropped `next lint`). The restricted imports keep the
// architecture's "one door per concern": only lib/time imports luxon, only lib/db.ts (and
// the CLI-side scripts) build a Prisma client.
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
    // The CLI side builds its own clients: migrations and seeds run outside the app.
    files: ["lib/db.ts", "prisma/**", "scripts/**"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "luxon", message: "Only lib/time/ imports luxon." }] }] },
  },
);
