/**
 * Next proxies its own proxy.ts rewrites over HTTP to itself when the server is bound to a
 * loopback literal (`next start -H 127.0.0.1`, `HOSTNAME=::1` for server.js): it compares the
 * rewrite's URL, whose host it has turned into "localhost", with one built from the literal, and
 * takes them for two origins (vercel/next.js#94745). Every signed-out page (home, doctors,
 * profiles: all rewritten to the page cache) then costs a second request, and behind a TLS proxy
 * sending X-Forwarded-Proto: https the loop speaks TLS to a plain port and answers 500.
 * "localhost" binds the same loopback socket without the mismatch.
 */
const loopbackLiteral = /^(?:127(?:\.\d{1,3}){3}|\[?::1\]?)$/;

/** The loopback literal this server was told to listen on, or null (`-H`/`--hostname`, HOSTNAME). */
export function loopbackListenLiteral(
  argv: readonly string[],
  hostnameEnv: string | undefined,
): string | null {
  let host: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-H" || arg === "--hostname") host = argv[i + 1];
    else if (arg.startsWith("--hostname=")) host = arg.slice("--hostname=".length);
  }
  // `next start` reads its flag; the standalone server.js reads HOSTNAME.
  const chosen = host ?? hostnameEnv;
  return chosen && loopbackLiteral.test(chosen) ? chosen : null;
}

export function loopbackListenWarning(literal: string): string {
  return `listening on ${literal}: Next proxies every rewritten page (signed-out home, doctors, profiles) to itself over HTTP, and answers 500 behind a TLS proxy (vercel/next.js#94745). Listen on "localhost" instead (same loopback socket), or 0.0.0.0.`;
}
