import "server-only";
import { env } from "@/lib/env";
import { AbdmHttpAdapter } from "./http";
import type { AbdmAdapter } from "./types";
import { unavailableAbdm } from "./unavailable";

export type { AbdmAdapter, AbhaLoginHint } from "./types";
export { abdmUnavailableError } from "./unavailable";

// One adapter per process, so the gateway token and certificate caches are shared.
const globalForAbdm = globalThis as unknown as { __swasthaiAbdm?: AbdmAdapter };

/** ABDM over HTTP when ABDM_CLIENT_ID and ABDM_CLIENT_SECRET are set, else "unavailable". */
export function abdmAdapter(): AbdmAdapter {
  globalForAbdm.__swasthaiAbdm ??=
    env.ABDM_CLIENT_ID && env.ABDM_CLIENT_SECRET
      ? new AbdmHttpAdapter({
          clientId: env.ABDM_CLIENT_ID,
          clientSecret: env.ABDM_CLIENT_SECRET,
          baseUrl: env.ABDM_BASE_URL.replace(/\/+$/, ""),
          gatewayUrl: env.ABDM_GATEWAY_URL.replace(/\/+$/, ""),
          cmId: env.ABDM_CM_ID,
        })
      : unavailableAbdm;
  return globalForAbdm.__swasthaiAbdm;
}
