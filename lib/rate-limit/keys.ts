import { isIP } from "node:net";
import type { KeyKind } from "./policies";

/**
 * Normalises a caller-supplied key the way its policy counts: emails trimmed and lower-cased (so
 * "Asha@X.com" and "asha@x.com " share a count), IPv6 addresses reduced to their /64 (one
 * subscriber usually holds a whole /64, so single addresses are free to rotate), an address and
 * an email (`requesterKey`) each in its own way. Anything else, such as "direct" or a prefixed
 * key, passes through trimmed.
 */
export function normaliseKey(kind: KeyKind, key: string): string {
  const trimmed = key.trim();
  if (kind === "ip+email") {
    const space = trimmed.indexOf(" ");
    if (space < 0) return trimmed;
    return requesterKey(trimmed.slice(0, space), trimmed.slice(space + 1));
  }
  if (kind === "email") return trimmed.normalize("NFC").toLowerCase();
  if (kind === "ip") return isIP(trimmed) === 6 ? ipv6Prefix64(trimmed) : trimmed;
  return trimmed;
}

/** The key of an "ip+email" policy: who asks (an address) about whom (an email). */
export function requesterKey(ip: string, email: string): string {
  return `${normaliseKey("ip", ip)} ${normaliseKey("email", email)}`;
}

/** `2001:db8:a:b:1:2:3:4` -> `2001:db8:a:b::/64`. */
export function ipv6Prefix64(address: string): string {
  const lower = address.toLowerCase();
  const [head = "", tail] = lower.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) never reaches the first four groups; treat it as two.
  const tailCount = tailGroups.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailCount;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill("0"), ...tailGroups];
  const prefix = groups.slice(0, 4).map((g) => (g.includes(".") ? "0" : g.replace(/^0+(?=.)/, "")));
  while (prefix.length < 4) prefix.push("0");
  return `${prefix.join(":")}::/64`;
}
