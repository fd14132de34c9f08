import type { Metadata } from "next";
import Link from "next/link";
import { MessagesSquare } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { CoachNote } from "@/components/coach/CoachNote";
import { ContextChips } from "@/components/coach/ContextChips";
import { NewConversation } from "@/components/coach/NewConversation";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getCoachContext } from "@/lib/coach/context";
import { listConversations } from "@/lib/coach/queries";
import { formatDate } from "@/lib/i18n/format";
import { startConversationAction } from "./actions";
import { coachErrorKey } from "./error-key";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Coach");
  return { title: t("metaTitle") };
}

type Params = Record<string, string | string[] | undefined>;

/** The health coach (#26): what it can do, my context, a new conversation, my conversations. */
export default async function CoachPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const actor = await requireActor("/coach");
  const [t, locale, context, conversations] = await Promise.all([
    getTranslations("Coach"),
    getLocale(),
    getCoachContext(actor),
    listConversations(actor),
  ]);
  const error = coachErrorKey(params.error);

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <CoachNote>{t("note")}</CoachNote>
        <ContextChips context={context} />
      </PageHeader>
      {params.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {t("deleted")}
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" className="mb-4">
          {t(`errors.${error}`)}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <section aria-labelledby="coach-intro" className="rounded-xl bg-brand-50 p-4 ">
            <h2 id="coach-intro" className="text-lg font-semibold text-slate-900">
              {t("intro.title")}
            </h2>
            <p className="mt-2 text-slate-800">{t("intro.text")}</p>
            <p className="mt-2 text-slate-800">{t("intro.limits")}</p>
          </section>
          <NewConversation action={startConversationAction} />
        </div>
        <section aria-labelledby="coach-list">
          <h2 id="coach-list" className="mb-3 text-lg font-semibold text-slate-900">
            {t("list.title")}
          </h2>
          {conversations.length === 0 ? (
            <EmptyState
              icon={<MessagesSquare aria-hidden="true" />}
              title={t("list.empty")}
              hint={t("list.emptyHint")}
            />
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
              {conversations.map((c) => (
                <li key={c.id}>
                  <Link href={`/coach/${c.id}`} className="block p-3 hover:bg-slate-50">
                    <span className="block font-medium break-words text-slate-900">
                      {c.title ?? t("list.untitled")}
                    </span>
                    <span className="mt-0.5 block text-sm text-slate-600">
                      {t(`topics.${c.topic}`)} ·{" "}
                      <time dateTime={c.lastMessageAt}>{formatDate(c.lastMessageAt, locale)}</time>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </PageContainer>
  );
}
