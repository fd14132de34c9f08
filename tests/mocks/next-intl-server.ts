import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

/**
 * `next-intl/server` for tests that call server actions outside a request, answering in the
 * language a test sets: `vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"))`,
 * then `requestLocale.current = "hi"` (set it back to "en" in beforeEach).
 */
export const requestLocale = { current: "en" as "en" | "hi" };

const messagesOf = () => (requestLocale.current === "hi" ? hi : en);

export const getMessages = async () => messagesOf();

export const getLocale = async () => requestLocale.current;

export const getTranslations = async (namespace: string) =>
  createTranslator({
    locale: requestLocale.current,
    messages: messagesOf(),
    namespace: namespace as never,
  });
