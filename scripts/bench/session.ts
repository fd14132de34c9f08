// A real browser session for the bench's signed-in targets: signs a seeded account in through
// Auth.js's credentials endpoint (as the login form does) and returns the session cookie, so the
// measured requests pay what a signed-in visitor's do (JWT decode, actor query, header and bell).

/** `name=value` of each Set-Cookie header. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** The `Cookie` header value of a signed-in session of `email` on the server at `origin`. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin,
      cookie: cookiePairs(csrf).join("; "),
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/doctors` }),
  });
  await response.arrayBuffer();
  const session = cookiePairs(response).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session)
    throw new Error(
      `signing ${email} in gave no session cookie (status ${response.status}, location ${response.headers.get("location")})`,
    );
  return session;
}
