// What `npm run lighthouse` needs from the running app before it audits: a doctor to open and a
// signed-in patient's cookie for the booking page (which sends anyone else to /login).

/** The first doctor of the public list, as a patient searching would see it. */
export async function firstDoctorId(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/doctors?pageSize=1`);
  if (!response.ok) throw new Error(`GET /api/v1/doctors answered ${response.status}`);
  const { data } = (await response.json()) as { data: { id: string }[] };
  const id = data[0]?.id;
  if (!id) throw new Error("GET /api/v1/doctors listed no doctor: is the database seeded?");
  return id;
}

/** `name=value` pairs of a response's Set-Cookie headers, ready for a Cookie header. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";", 1)[0]!);
}

/**
 * Signs in through Auth.js's own credentials flow (the csrf token, then the callback) as a
 * browser would, and returns the Cookie header that carries the session.
 */
export async function signInCookie(
  origin: string,
  email: string,
  password: string,
): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf).join("; "),
      origin,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/` }),
  });
  const session = cookiePairs(callback).filter((c) => /^(__Secure-)?authjs\.session-token/.test(c));
  if (session.length === 0)
    throw new Error(
      `signing in as ${email} set no session cookie (status ${callback.status}, location ${callback.headers.get("location")})`,
    );
  const cookie = session.join("; ");
  const me = await fetch(`${origin}/api/auth/session`, { headers: { cookie } });
  const body = (await me.json()) as { user?: { email?: string } } | null;
  if (body?.user?.email !== email)
    throw new Error(`the session cookie for ${email} is not signed in`);
  return cookie;
}
