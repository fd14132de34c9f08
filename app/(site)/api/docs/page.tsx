import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { OperationCard, type DocOperation } from "@/components/api-docs/OperationCard";

export const metadata: Metadata = { title: "API reference" };

/** Human-readable reference rendered on the server from the same OpenAPI document. */
export default function ApiDocsPage() {
  const doc = buildOpenApiDocument() as {
    info: { title: string; version: string; description: string };
    paths: Record<string, Record<string, DocOperation>>;
  };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags[0] ?? "Other"))];
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">
        {doc.info.title}{" "}
        <span className="text-base font-normal text-slate-500">v{doc.info.version}</span>
      </h1>
      <p className="mt-2 text-slate-700">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        Machine-readable:{" "}
        <a className="text-teal-700 underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Base URL <code>/api/v1</code>; authenticate with{" "}
        <code>Authorization: Bearer &lt;accessToken&gt;</code>.
      </p>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="mt-8">
          <h2 id={`tag-${tag}`} className="text-xl font-semibold">
            {tag}
          </h2>
          <div className="mt-3 space-y-3">
            {ops
              .filter((o) => (o.op.tags[0] ?? "Other") === tag)
              .map((o) => (
                <OperationCard
                  key={`${o.method} ${o.path}`}
                  method={o.method}
                  path={o.path}
                  op={o.op}
                />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}
