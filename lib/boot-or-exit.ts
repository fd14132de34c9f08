/**
 * The server start, or the end of the process with a message when it fails (a missing or invalid
 * variable, a failed migration): `next start` only logs an error thrown from instrumentation and
 * then answers 500 to every request, so a misconfigured server would look up. lib/boot is imported
 * inside the try because reading the environment (lib/env) is what fails on a bad variable.
 */
export async function bootOrExit(): Promise<void> {
  try {
    const { bootServer } = await import("./boot");
    await bootServer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\nSwasthAI cannot start:\n${reason}\n`);
    process.exit(1);
  }
}
