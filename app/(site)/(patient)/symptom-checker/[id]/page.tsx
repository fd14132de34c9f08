import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckerIntro } from "@/components/symptom-checker/CheckerIntro";
import { CheckResult, resultLinks } from "@/components/symptom-checker/CheckResult";
import { QuestionStep } from "@/components/symptom-checker/QuestionStep";
import { specialtyNames } from "@/components/symptom-checker/specialty-names";
import { checkHref, decodeAnswer, encodeAnswer } from "@/components/symptom-checker/state";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { copyOf } from "@/lib/i18n/copy";
import { formatDate } from "@/lib/i18n/format";
import { getSymptomCheckProgress } from "@/lib/symptom-checks/queries";
import { answerQuestionAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SymptomChecker");
  return { title: t("metaTitle") };
}

/**
 * One check (#3): while in progress, its next question (answers so far in `?a=`, so Back is a
 * link and every step works without JavaScript); once finished, the saved result. Mine, or a
 * signed-out check in progress for whoever holds its id. A well-formed id of no such check says
 * the check has ended (a signed-out check is deleted as it finishes, and after a post without
 * JavaScript this same page shows its result from the action's answer); a malformed one is 404.
 */
export default async function SymptomCheckPage({ params, searchParams }: Props) {
  const [{ id }, search, actor, appLocale] = await Promise.all([
    params,
    searchParams,
    getActor(),
    getLocale(),
  ]);
  const given = [search.a ?? []]
    .flat()
    .map(decodeAnswer)
    .filter((a) => a !== null);
  const progress = isUuid(id)
    ? await getSymptomCheckProgress(actor, id, given, appLocale).catch((error: unknown) => {
        if (isAppError(error) && error.code === "not_found") return null;
        throw error;
      })
    : notFound();
  const [t, copy] = await Promise.all([
    getTranslations("SymptomChecker"),
    copyOf("SymptomChecker"),
  ]);
  const names = specialtyNames(appLocale);
  if (!progress) {
    // Gone: finished while signed out (deleted as it finished; the result is in the action's
    // answer, which this very tree shows after a post without JavaScript), or never ours.
    return (
      <PageContainer className="max-w-3xl">
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <QuestionStep
          action={answerQuestionAction}
          copy={copy}
          checkId={id}
          question={null}
          answers={[]}
          progress={{ current: 1, total: 1 }}
          backHref={null}
          specialtyNames={names}
          ended
        />
      </PageContainer>
    );
  }
  const { check, answers, questions } = progress;

  if (check.assessment) {
    const key = check.assessment.recommendedSpecialty;
    return (
      <PageContainer className="max-w-3xl">
        <PageHeader
          title={t("title")}
          subtitle={t("result.checkedOn", {
            date: formatDate(check.completedAt ?? check.createdAt, appLocale, "long"),
          })}
        />
        <CheckResult
          assessment={check.assessment}
          copy={copy.result}
          specialty={names[key] ?? key}
          links={resultLinks(key, { signedIn: true, share: check.booked ? null : check.id })}
          signedIn
          booked={check.booked}
        />
      </PageContainer>
    );
  }

  const told = [...check.symptoms, check.description ?? ""].filter(Boolean).join(", ");
  return (
    <PageContainer className="max-w-3xl">
      <PageHeader title={t("title")} subtitle={t("question.yourSymptoms", { symptoms: told })} />
      <QuestionStep
        action={answerQuestionAction}
        copy={copy}
        checkId={check.id}
        question={questions[0] ?? null}
        answers={answers.map(encodeAnswer)}
        progress={{ current: answers.length + 1, total: answers.length + questions.length }}
        backHref={answers.length > 0 ? checkHref(check.id, answers.slice(0, -1)) : null}
        specialtyNames={names}
        intro={<CheckerIntro copy={copy} signedIn={actor !== null} />}
      />
    </PageContainer>
  );
}
