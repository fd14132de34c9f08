/**
 * Runs once when a server instance starts, before it serves requests. The Node-only start lives
 * in lib/boot-or-exit, imported only under the Node runtime so the Edge build never sees
 * process APIs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootOrExit } = await import("./lib/boot-or-exit");
  await bootOrExit();
}
