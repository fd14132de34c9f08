import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { AppLocale } from "@/lib/i18n/config";
import { fill } from "@/lib/i18n/read-copy";
import type { EmbeddedCopy } from "./adapters/embedded-answer";
import type { GuardFlag } from "./guard";

/**
 * What the coach itself writes into a conversation (refusals, the emergency card's text, the
 * embedded answers), in the conversation's language. The texts live in messages/*.json
 * (Coach.replies) like every other string; stored answers keep the language they were given in.
 */
export function coachCopy(locale: AppLocale) {
  const replies = (locale === "hi" ? hi : en).Coach.replies;
  const embedded: EmbeddedCopy = {
    intro: replies.embeddedIntro,
    from: (title, href) => fill(replies.embeddedFrom, { title, href }),
    readMore: (href) => fill(replies.embeddedReadMore, { href }),
    nothingFound: replies.embeddedNothing,
  };
  return {
    embedded,
    emergency: (reason: string) => fill(replies.emergency, { reason }),
    refusal: (flag: GuardFlag) => replies.refusal[flag],
    interrupted: replies.interrupted,
    teleManas: replies.teleManas,
  };
}
