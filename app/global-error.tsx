"use client";

/**
 * Last-resort boundary: replaces the root layout when it fails, so no next-intl provider, no
 * messages and no global CSS are available here. Shipping both message files to every page just
 * for this screen would cost more than it is worth, so it shows its few words in both languages,
 * with inline styles. Never shows the error message or stack, only the digest reference.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string"
      ? error.digest
      : undefined;
  return (
    <html lang="en">
      <body
        style={{
          margin: 0,
          minHeight: "100vh",
          display: "grid",
          placeItems: "center",
          fontFamily:
            'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Devanagari", "Nirmala UI", "Mangal", sans-serif',
          background: "#f8fafc",
          color: "#0f172a",
        }}
      >
        <main role="alert" style={{ maxWidth: 420, padding: 24, textAlign: "center" }}>
          <title>SwasthAI</title>
          <h1 style={{ fontSize: 22, margin: 0 }}>Something went wrong</h1>
          <p lang="hi" style={{ fontSize: 18, margin: "4px 0 0" }}>
            कुछ गड़बड़ हो गई
          </p>
          <p style={{ color: "#475569" }}>
            Please try again in a moment. <span lang="hi">कृपया थोड़ी देर में फिर से कोशिश करें।</span>
          </p>
          <button
            type="button"
            onClick={() => retry()}
            style={{
              minHeight: 44,
              padding: "0 20px",
              border: 0,
              borderRadius: 8,
              background: "#0f766e",
              color: "#fff",
              fontSize: 16,
              fontWeight: 600,
              cursor: "pointer",
            }}
          >
            Try again · <span lang="hi">फिर से कोशिश करें</span>
          </button>
          <p style={{ marginTop: 24, color: "#b91c1c" }}>
            Emergency / <span lang="hi">आपातकाल</span>:{" "}
            <a href="tel:108" style={{ color: "#b91c1c", fontWeight: 700 }}>
              108
            </a>
          </p>
          {digest ? (
            <p style={{ fontFamily: "monospace", fontSize: 12, color: "#64748b" }}>Ref: {digest}</p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
