/**
 * Where per-address rate limits take the client address from. "none": nothing vouches for an
 * address (plain `next start` sees only headers, which the client can forge), so only the global
 * limits apply; production on PostgreSQL refuses to start that way unless told "off".
 */
export type AddressSource = "vercel" | "proxy" | "off" | "none";

export interface AddressSourceConfig {
  VERCEL?: string;
  TRUSTED_PROXY_HOPS?: number;
  RATE_LIMIT_BY_IP?: "on" | "off";
}

/** The configured address source; an explicit RATE_LIMIT_BY_IP=off wins over the others. */
export function addressSource(config: AddressSourceConfig): AddressSource {
  if (config.RATE_LIMIT_BY_IP === "off") return "off";
  if (config.VERCEL === "1") return "vercel";
  if ((config.TRUSTED_PROXY_HOPS ?? 0) >= 1) return "proxy";
  return "none";
}
