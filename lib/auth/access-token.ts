import "server-only";
import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { authSecret } from "./secret";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const issuer = "swasthai";
const audience = "swasthai-api";

let key: Uint8Array | undefined;
// A key of its own, derived from the secret, so an access token can never pass as a session cookie.
const signingKey = () =>
  (key ??= createHash("sha256").update(`access-token:${authSecret()}`).digest());

interface AccessClaims {
  userUuid: string;
  sessionVersion: number;
  /** The refresh-token family it came from: revoking the family (logout) ends it too. */
  familyId: string;
}

/** A 15-minute HS256 JWT naming the user, session version and refresh-token family behind it. */
export async function signAccessToken(claims: AccessClaims): Promise<string> {
  return new SignJWT({ sv: claims.sessionVersion, fam: claims.familyId, typ: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userUuid)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .sign(signingKey());
}

/** The claims of a valid, unexpired access token, or null for anything else. */
export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), {
      issuer,
      audience,
      algorithms: ["HS256"],
    });
    if (
      payload.typ !== "access" ||
      typeof payload.sub !== "string" ||
      typeof payload.sv !== "number" ||
      typeof payload.fam !== "string"
    )
      return null;
    return { userUuid: payload.sub, sessionVersion: payload.sv, familyId: payload.fam };
  } catch {
    return null;
  }
}
