import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "../bench/server-heap";
import { lintCompose, lintDockerfile } from "./lint-docker-files";

const root = path.join(import.meta.dirname, "../..");
const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
const compose = readFileSync(path.join(root, "docker-compose.yml"), "utf8");

describe("the deploy files lint", () => {
  it("passes the project's Dockerfile and compose file", () => {
    expect(lintDockerfile(dockerfile)).toEqual([]);
    expect(lintCompose(compose)).toEqual([]);
  });

  it("runs the server with the heap cap the bench measures", () => {
    const runner = dockerfile.slice(dockerfile.lastIndexOf("FROM "));
    expect(runner).toMatch(new RegExp(`NODE_OPTIONS=${serverNodeOptions}\\b`));
  });

  it("reports the validator's errors and warnings with their lines", () => {
    const broken = [
      "FROM node:20.20-bookworm-slim AS runner",
      "copy package.json",
      "HEALTHCHECK --interval=soon CMD node -e 1",
      "USER 1001",
      'CMD ["node", "server.js"]',
    ].join("\n");
    const problems = lintDockerfile(broken);
    expect(problems).toContain("Dockerfile:2: Instructions should be written in uppercase letters");
    expect(problems).toContain("Dockerfile:2: COPY requires at least two arguments");
    expect(problems).toContain("Dockerfile:3: time: invalid duration soon");
  });

  it("refuses a final stage that runs as root, has no HEALTHCHECK or migrates at start", () => {
    const runner = dockerfile
      .replace(/^USER 1001$/m, "USER root")
      .replace(/^HEALTHCHECK[^\n]*\\\n[^\n]*\n/m, "")
      .replace(
        'CMD ["node", "server.js"]',
        'CMD ["sh", "-c", "npm run db:migrate && node server.js"]',
      );
    const problems = lintDockerfile(runner);
    expect(problems).toEqual([
      expect.stringMatching(/^Dockerfile:\d+: the final stage runs as root \(USER root\)$/),
      expect.stringMatching(/^Dockerfile:\d+: the final stage has no HEALTHCHECK$/),
      expect.stringMatching(/^Dockerfile:\d+: the final stage's CMD runs migrations/),
    ]);
  });

  it("refuses a final stage without any USER", () => {
    const problems = lintDockerfile(dockerfile.replace(/^USER 1001\n/m, ""));
    expect(problems).toEqual([expect.stringContaining("has no USER: it would run as root")]);
  });

  it("reports an unknown compose key at its line", () => {
    const withTypo = compose.replace(
      "    init: true\n",
      "    init: true\n    restart_policy: always\n",
    );
    const line = withTypo.split("\n").indexOf("    restart_policy: always") + 1;
    expect(lintCompose(withTypo)).toEqual([
      `docker-compose.yml:${line}: /services/app: unknown key "restart_policy"`,
    ]);
  });

  it("reports a duration compose would not parse", () => {
    const problems = lintCompose(compose.replace("interval: 15s", "interval: 15 seconds"));
    expect(problems).toEqual([
      expect.stringMatching(
        /\/services\/app\/healthcheck\/interval: must match format "duration"$/,
      ),
    ]);
  });

  it("requires a healthcheck of every service but the awaited one-shot", () => {
    const withoutCheck = [
      "services:",
      "  worker:",
      "    image: swasthai:latest",
      "  migrate:",
      "    image: swasthai-migrate:latest",
      '    restart: "no"',
      "  app:",
      "    image: swasthai:latest",
      "    healthcheck:",
      '      test: ["CMD", "true"]',
      "    depends_on:",
      "      migrate:",
      "        condition: service_completed_successfully",
    ].join("\n");
    expect(lintCompose(withoutCheck)).toEqual([
      expect.stringMatching(/^docker-compose.yml:2: service "worker" has no healthcheck/),
    ]);
  });

  it("reports YAML that does not parse", () => {
    expect(lintCompose("services:\n  app: [unclosed\n")[0]).toMatch(/^docker-compose.yml:\d+: /);
  });
});
