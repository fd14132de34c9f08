import "server-only";
import { BlockList, isIP, Server } from "node:net";
import { env } from "@/lib/env";
import { resolveClientIp } from "./client-ip";

/** What decides whether a request came from the machine the server runs on. */
export interface ThisMachineFacts {
  vercel: boolean;
  trustedProxyHops: number;
  /** The addresses this process's servers listen on ("pipe" for a Unix socket or named pipe). */
  listening: string[];
  /** The client address the configured proxies vouch for (`resolveClientIp`). */
  vouchedClient: string;
}

/**
 * True only when every way in is the loopback interface. A route handler never sees the socket,
 * and the forwarding headers prove nothing: Next fills X-Forwarded-For from the socket only when
 * the client left it out. So the proof is where the server listens: when every listening socket is
 * loopback, no other machine can connect. Behind trusted proxies on this machine (a loopback-only
 * server), the proxies vouch for the client, and that address must be loopback too: otherwise a
 * local proxy would make every visitor look local. On Vercel, or anywhere a socket listens on
 * another interface, nothing is from this machine.
 */
export function fromThisMachine(facts: ThisMachineFacts): boolean {
  if (facts.vercel) return false;
  if (facts.listening.length === 0 || !facts.listening.every(isLoopback)) return false;
  return facts.trustedProxyHops === 0 || isLoopback(facts.vouchedClient);
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** 127.0.0.0/8 and ::1, also in IPv4-mapped form (::ffff:127.0.0.1). */
export function isLoopback(address: string): boolean {
  const version = isIP(address);
  if (version === 0) return false;
  return loopback.check(address, version === 4 ? "ipv4" : "ipv6");
}

/**
 * Where this process listens. Node keeps no public list of servers, and the server is started by
 * Next before our code loads; its active handles are where a listening server can be found. In the
 * process that serves (`next start`, `next dev`'s server, the standalone server.js) that is the
 * HTTP server; elsewhere (a script, a test without one) it is empty, which counts as not local.
 */
export function listeningAddresses(): string[] {
  const activeHandles = (process as { _getActiveHandles?: () => unknown[] })._getActiveHandles;
  const handles = typeof activeHandles === "function" ? activeHandles.call(process) : [];
  return handles
    .filter((handle): handle is Server => handle instanceof Server && handle.listening)
    .map((server) => {
      const address = server.address();
      return typeof address === "object" && address ? address.address : "pipe";
    });
}

/** Whether this request came from the machine the server runs on (see `fromThisMachine`). */
export function requestFromThisMachine(headers: Headers): boolean {
  const config = { vercel: env.VERCEL === "1", trustedProxyHops: env.TRUSTED_PROXY_HOPS };
  return fromThisMachine({
    ...config,
    listening: listeningAddresses(),
    vouchedClient: resolveClientIp(headers, config),
  });
}
