// Typed next-intl: message keys are checked against messages/en.json (hi.json mirrors it) and
// `useLocale()` / `getLocale()` return the app's locale union.
import type en from "../../messages/en.json";
import type { AppLocale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
