import { localeCookieName, resolveLocale, type AppLocale } from "./config";

/** The language of an API request: the NEXT_LOCALE cookie, else Accept-Language, else English. */
export function localeOfRequest(request: Request): AppLocale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${localeCookieName}=([^;]*)`).exec(cookie);
  return resolveLocale(match?.[1], request.headers.get("accept-language"));
}
