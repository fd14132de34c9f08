import Link from "next/link";
import { RotateCcw } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import type { Copy } from "@/lib/i18n/read-copy";
import { fill } from "@/lib/i18n/read-copy";
import type { AssessmentDto } from "@/lib/symptom-checks/schemas";
import { SeverityBanner } from "./SeverityBanner";
import { CallLink } from "@/components/ui/CallLink";

type ResultCopy = Copy<"SymptomChecker">["result"];

export interface ResultLinks {
  /** "Book a <specialty>": the doctor list filtered, carrying the check (or sign-in first). */
  book: string;
  /** "Find a nearby clinic": clinic doctors of the specialty. */
  clinic: string;
}

/**
 * A check's result (#3): for an emergency the call-108 block comes FIRST, before anything else;
 * then the severity in colour and words, summary, possible conditions, what to do now, warning
 * signs, the specialist, the disclaimer and the next steps. Plain markup (no hooks): the saved
 * result page renders it on the server, the signed-out flow in the browser from the action answer.
 */
export function CheckResult({
  assessment,
  copy,
  specialty,
  links,
  signedIn,
  booked = false,
  headingId = "result-title",
}: {
  assessment: AssessmentDto;
  copy: ResultCopy;
  /** The recommended specialty's name in the user's language. */
  specialty: string;
  links: ResultLinks;
  signedIn: boolean;
  booked?: boolean;
  headingId?: string;
}) {
  const emergency = assessment.severity === "emergency";
  return (
    <div className="space-y-4">
      {emergency ? (
        <section
          aria-labelledby="call-now-title"
          className="space-y-3 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-red-950"
        >
          <h2 id="call-now-title" className="text-2xl font-bold">
            {copy.callNow}
          </h2>
          {assessment.emergencyAction ? (
            <p className="font-medium">{assessment.emergencyAction.text}</p>
          ) : null}
          <div className="flex flex-col gap-2 sm:flex-row">
            <CallLink number="108" size="lg" className="flex-1">
              {copy.call108}
            </CallLink>
            <CallLink number="112" tone="secondary" size="lg" className="flex-1">
              {copy.call112}
            </CallLink>
          </div>
        </section>
      ) : null}

      <h2
        id={headingId}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900 focus:outline-none"
      >
        {copy.title}
      </h2>
      <SeverityBanner
        severity={assessment.severity}
        label={copy.severityLabel}
        text={copy.severity[assessment.severity]}
      />
      {!signedIn ? <p className="text-sm text-slate-700">{copy.guestNote}</p> : null}
      {booked ? <p className="text-sm text-slate-700">{copy.booked}</p> : null}

      <section aria-labelledby="result-summary" className={cardClass}>
        <h3 id="result-summary" className="font-semibold text-slate-900">
          {copy.summary}
        </h3>
        <p className="mt-1 text-slate-800">{assessment.summary}</p>
      </section>

      {assessment.possibleConditions.length > 0 ? (
        <section aria-labelledby="result-conditions" className={cardClass}>
          <h3 id="result-conditions" className="font-semibold text-slate-900">
            {copy.conditions}
          </h3>
          <p className="text-sm text-slate-600">{copy.conditionsHint}</p>
          <ul className="mt-2 space-y-1">
            {assessment.possibleConditions.map((c) => (
              <li key={c.name} className="flex flex-wrap justify-between gap-2 text-slate-800">
                <span>{c.name}</span>
                <span className="text-sm font-medium text-slate-600">{c.likelihood}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {assessment.advice.length > 0 ? (
        <section aria-labelledby="result-advice" className={cardClass}>
          <h3 id="result-advice" className="font-semibold text-slate-900">
            {copy.advice}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {assessment.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {assessment.redFlags.length > 0 ? (
        <section aria-labelledby="result-red-flags" className={cardClass}>
          <h3 id="result-red-flags" className="font-semibold text-slate-900">
            {copy.redFlags}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {assessment.redFlags.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="result-specialist" className={cardClass}>
        <h3 id="result-specialist" className="font-semibold text-slate-900">
          {copy.specialist}
        </h3>
        <p className="mt-1 text-slate-800">{specialty}</p>
        {!emergency ? (
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <Link href={links.book} prefetch={false} className={buttonClass("primary")}>
              {fill(signedIn ? copy.book : copy.signInToBook, { specialty })}
            </Link>
            <Link href={links.clinic} prefetch={false} className={buttonClass("secondary")}>
              {copy.clinic}
            </Link>
          </div>
        ) : null}
      </section>

      <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800">{assessment.disclaimer}</p>
      <p className="text-xs text-slate-600">
        {fill(copy.rulesVersion, { version: assessment.rulesVersion })}
      </p>
      <Link href="/symptom-checker" className={buttonClass("ghost")}>
        <RotateCcw aria-hidden="true" className="size-4" />
        {copy.startAgain}
      </Link>
    </div>
  );
}

/** A signed-out check's result, shown once from the action's answer (nothing was kept). */
export function GuestCheckResult({
  assessment,
  copy,
  specialtyNames,
}: {
  assessment: AssessmentDto;
  copy: ResultCopy;
  specialtyNames: Record<string, string>;
}) {
  const key = assessment.recommendedSpecialty;
  return (
    <CheckResult
      assessment={assessment}
      copy={copy}
      specialty={specialtyNames[key] ?? key}
      links={resultLinks(key, { signedIn: false, share: null })}
      signedIn={false}
    />
  );
}

/**
 * The result's links: booking carries the check when it can still be shared (`share`), a signed-out
 * user signs in first (nothing was kept to share), and the clinic search filters by specialty.
 */
export function resultLinks(
  specialty: string,
  who: { signedIn: boolean; share: string | null },
): ResultLinks {
  const doctors = `/doctors?specialty=${encodeURIComponent(specialty)}`;
  return {
    book: !who.signedIn
      ? `/login?callbackUrl=${encodeURIComponent(doctors)}`
      : who.share
        ? `${doctors}&check=${who.share}`
        : doctors,
    clinic: `/doctors?online=false&specialty=${encodeURIComponent(specialty)}`,
  };
}
