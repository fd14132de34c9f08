/**
 * Runs once when a server instance starts, before it serves requests. A start that fails (a
 * missing or invalid variable, a failed migration) ends the process: `next start` only logs an
 * error thrown here and then answers 500 to every request, so a misconfigured server would look up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { bootServer } = await import("./lib/boot");
    await bootServer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\nSwasthAI cannot start:\n${reason}\n`);
    process.exit(1);
  }
}
