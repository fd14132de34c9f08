import { getTranslations } from "next-intl/server";
import { MessageSquarePlus } from "lucide-react";
import { labelClass } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { coachTopicValues } from "@/lib/coach/schemas";

export const starterPrompts = ["heart", "sleep", "stress", "water"] as const;
const starterTopic = {
  heart: "nutrition",
  sleep: "sleep",
  stress: "mental_health",
  water: "general",
} as const;

/**
 * A new conversation: topic chips (radio buttons), the first question, and four starter prompts,
 * each its own one-click form. Plain forms posting to the server action: no JavaScript needed.
 */
export async function NewConversation({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = await getTranslations("Coach");
  return (
    <section
      aria-labelledby="coach-start"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="coach-start" className="text-lg font-semibold text-slate-900">
        {t("start.title")}
      </h2>
      <form action={action} className="mt-3 space-y-4">
        <fieldset>
          <legend className={labelClass}>{t("start.topic")}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {coachTopicValues.map((topic) => (
              <label
                key={topic}
                className="cursor-pointer rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-focus-visible:outline-2 has-focus-visible:outline-brand-700"
              >
                <input
                  type="radio"
                  name="topic"
                  value={topic}
                  defaultChecked={topic === "general"}
                  className="sr-only"
                />
                {t(`topics.${topic}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="coach-first-message" className={labelClass}>
            {t("start.message")}
          </label>
          <textarea
            id="coach-first-message"
            name="message"
            rows={3}
            required
            maxLength={2000}
            aria-describedby="coach-first-message-hint"
            className={inputClass}
          />
          <p id="coach-first-message-hint" className="mt-1 text-sm text-slate-600">
            {t("start.messageHint")}
          </p>
        </div>
        <SubmitButton pendingText={t("start.pending")}>
          <MessageSquarePlus aria-hidden="true" className="size-4" />
          {t("start.submit")}
        </SubmitButton>
      </form>
      <h3 className="mt-6 text-base font-semibold text-slate-900">{t("starters.title")}</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {starterPrompts.map((key) => (
          <li key={key}>
            <form action={action}>
              <input type="hidden" name="topic" value={starterTopic[key]} />
              <input type="hidden" name="message" value={t(`starters.${key}`)} />
              <button
                type="submit"
                className="min-h-11 w-full rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-start text-sm font-medium text-brand-900 hover:bg-brand-100"
              >
                {t(`starters.${key}`)}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
