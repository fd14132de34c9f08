import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noDb = {
  group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*"],
  message: "No database access in app/ or components/: call a lib/<domain> function.",
};
const noApp = {
  group: ["@/app", "@/app/*"],
  message: "Do not import from app/: pass server actions as props, move shared code to lib/.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "test-results-*/**",
      "coverage/**",
      ".data/**",
      "node_modules/**",
      "drizzle/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Keep the layers honest: the database is reached only through lib/ domain modules.
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDb] }] },
  },
  {
    // Components get server actions as props from their page; they never reach into app/.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDb, noApp] }] },
  },
  {
    // lib/ is below both doors: it knows neither the pages nor their components. (Tests may
    // call a route handler to check the door.)
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noApp,
            {
              group: ["@/components", "@/components/*"],
              message: "lib/ must not import components: move the shared piece into lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read arbitrary JSON answers; typing every body would only restate the assertions.
    files: ["tests/**/*.ts", "**/*.test.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];
export default config;
