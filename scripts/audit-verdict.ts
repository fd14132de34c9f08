/**
 * The decision of the CI audit step (scripts/audit-prod.ts), apart from npm so that it can be
 * tested with recorded `npm audit --omit=dev --json` outputs (scripts/audit-fixtures/).
 */
export type AuditVerdict =
  | { kind: "fail"; blocking: string[]; counts: Record<string, number> }
  | { kind: "pass"; counts: Record<string, number> }
  | { kind: "unchecked"; reason: string };

const blockingSeverities = new Set(["high", "critical"]);

interface AuditReport {
  auditReportVersion: number;
  vulnerabilities: Record<string, { name: string; severity: string; range?: string }>;
  metadata: { vulnerabilities: Record<string, number> };
}

function isReport(value: unknown): value is AuditReport {
  const v = value as Partial<AuditReport> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.auditReportVersion === "number" &&
    typeof v.vulnerabilities === "object" &&
    typeof v.metadata?.vulnerabilities === "object"
  );
}

/**
 * Fails on any high or critical advisory. Output that is not an audit report (the advisory service
 * refused or could not be reached) checks nothing: it is reported as unchecked, not as a failure,
 * since no advisory was found.
 */
export function auditVerdict(stdout: string): AuditVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { kind: "unchecked", reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  if (!isReport(parsed)) {
    const message = (parsed as { message?: unknown } | null)?.message;
    return {
      kind: "unchecked",
      reason: typeof message === "string" ? message : "npm audit printed no report",
    };
  }
  const counts = parsed.metadata.vulnerabilities;
  const blocking = Object.values(parsed.vulnerabilities)
    .filter((v) => blockingSeverities.has(v.severity))
    .map((v) => `${v.name} (${v.severity}${v.range ? `, ${v.range}` : ""})`);
  return blocking.length > 0 ? { kind: "fail", blocking, counts } : { kind: "pass", counts };
}
