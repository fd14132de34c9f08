export interface DocOperation {
  summary: string;
  tags: string[];
  parameters: {
    name: string;
    in: string;
    required: boolean;
    schema: Record<string, unknown>;
    description?: string;
  }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Record<string, unknown>[]).map(typeOf).join(" | ");
  return String(schema.type ?? schema.format ?? "any");
}

/** One endpoint of the API reference: parameters, body and response schemas. */
export function OperationCard({
  method,
  path,
  op,
}: {
  method: string;
  path: string;
  op: DocOperation;
}) {
  const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
  const errors = Object.keys(op.responses).filter((s) => !s.startsWith("2"));
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer">
        <span className="mr-2 rounded bg-teal-700 px-2 py-0.5 font-mono text-xs uppercase text-white">
          {method}
        </span>
        <code className="font-mono">{path}</code>{" "}
        <span className="text-slate-600">— {op.summary}</span>
      </summary>
      {op.parameters.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Required</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-slate-100">
                <td className="font-mono">{p.name}</td>
                <td>{p.in}</td>
                <td className="font-mono text-xs">{typeOf(p.schema)}</td>
                <td>{p.required ? "yes" : "no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {op.requestBody && (
        <>
          <h3 className="mt-3 font-semibold">Request body</h3>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 text-xs">
            {JSON.stringify(op.requestBody.content["application/json"]?.schema, null, 2)}
          </pre>
        </>
      )}
      {success && (
        <>
          <h3 className="mt-3 font-semibold">Response {success[0]}</h3>
          <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2 text-xs">
            {JSON.stringify(success[1].content?.["application/json"]?.schema ?? null, null, 2)}
          </pre>
        </>
      )}
      <p className="mt-2 text-sm text-slate-600">
        Errors (application/problem+json): {errors.join(", ")}
      </p>
    </details>
  );
}
