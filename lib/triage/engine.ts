import { specialtyLabel, type SpecialtyKey } from "@/lib/doctors/specialties";
import {
  durationFromText,
  extractConcepts,
  infantMonthsFromText,
  isKnownSymptom,
  normalizeText,
  temperatureFromText,
} from "./normalize";
import { careRules, fallbackCareRule } from "./rules/care";
import { concepts, type ConceptId } from "./rules/concepts";
import { questionRuleById, questionRules } from "./rules/questions";
import { redFlagRuleById, redFlagRules } from "./rules/red-flags";
import { texts } from "./rules/texts";
import type { Bilingual, CareRule, Cond, QuestionRule, RedFlagRule } from "./rules/types";
import { RULES_VERSION } from "./rules/version";
import type {
  Assessment,
  BodyArea,
  RedFlagHit,
  SymptomSeverity,
  TriageAnswers,
  TriageInput,
  TriageLocale,
  TriageQuestion,
  TriageSex,
  UnknownSymptom,
} from "./types";

/** At most this many follow-up questions in one check. */
export const MAX_QUESTIONS = 4;

const SEVERITY_ORDER: readonly SymptomSeverity[] = [
  "self_care",
  "see_doctor",
  "urgent",
  "emergency",
];
const rank = (s: SymptomSeverity) => SEVERITY_ORDER.indexOf(s);

/** What the engine knows about one check at one moment. */
export interface Context {
  present: Set<ConceptId>;
  negated: Set<ConceptId>;
  /** Age in years; undefined when unknown (the coach's guard). */
  age: number | undefined;
  /** Age in months for babies, when known. */
  ageMonths: number | null;
  sex: TriageSex | undefined;
  pregnant: boolean;
  days: number | null;
  /** Whether the days were given (input or text) or read from a rough answer ("more than a week"). */
  daysFromAnswer: boolean;
  floors: { severity: Exclude<SymptomSeverity, "emergency">; source: string }[];
  answered: { question: QuestionRule; optionId: string }[];
  bodyArea: BodyArea | null;
}

const PAIN_BY_AREA: Partial<Record<BodyArea, ConceptId>> = {
  head: "headache",
  chest: "chest_pain",
  abdomen: "abdominal_pain",
  back: "back_pain",
  arms_legs: "joint_pain",
  eyes_ears_nose_throat: "sore_throat",
  pelvis_urinary: "abdominal_pain",
};

function baseContext(
  text: string,
  age: number | undefined,
  sex: TriageSex | undefined,
  days: number | null | undefined,
  bodyArea: BodyArea | null,
): Context {
  const { present, negated } = extractConcepts(text);
  const temperature = temperatureFromText(text);
  if (temperature !== null && temperature >= 38) {
    present.add("fever");
    negated.delete("fever");
    if (temperature >= 39) present.add("high_fever");
  }
  if (present.has("pain") && bodyArea && PAIN_BY_AREA[bodyArea]) {
    present.add(PAIN_BY_AREA[bodyArea]!);
  }
  let ageMonths: number | null = infantMonthsFromText(text);
  if (ageMonths === null && age !== undefined && age < 1) {
    // A baby whose months we do not know: read as the youngest (when in doubt, escalate).
    ageMonths = age > 0 ? age * 12 : 0;
  }
  if (ageMonths !== null && age !== undefined && age >= 2) ageMonths = null;
  return {
    present,
    negated,
    age: age ?? (ageMonths !== null ? 0 : undefined),
    ageMonths,
    sex,
    pregnant: present.has("pregnant") && sex !== "male",
    days: days ?? durationFromText(text),
    daysFromAnswer: false,
    floors: [],
    answered: [],
    bodyArea,
  };
}

function inputText(input: TriageInput): string {
  // Each symptom is its own clause: a negation in one never reaches the next.
  return [...input.symptoms, input.description ?? ""].join(" . ");
}

function applyAnswers(ctx: Context, answers: TriageAnswers): Context {
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questionRuleById.get(questionId);
    const option = question?.options.find((o) => o.id === optionId);
    if (!question || !option) continue;
    ctx.answered.push({ question, optionId });
    for (const id of option.adds ?? []) {
      ctx.present.add(id);
      ctx.negated.delete(id);
      for (const implied of (concepts[id] as { implies?: readonly string[] }).implies ?? []) {
        ctx.present.add(implied as ConceptId);
      }
    }
    for (const id of option.negates ?? []) if (!ctx.present.has(id)) ctx.negated.add(id);
    if (option.days !== undefined && ctx.days === null) {
      ctx.days = option.days;
      ctx.daysFromAnswer = true;
    }
    if (option.floor)
      ctx.floors.push({ severity: option.floor, source: `${questionId}=${optionId}` });
  }
  ctx.pregnant = ctx.present.has("pregnant") && ctx.sex !== "male";
  return ctx;
}

export function contextFor(input: TriageInput, answers: TriageAnswers = {}): Context {
  const ctx = baseContext(
    inputText(input),
    input.age,
    input.sex,
    input.durationDays,
    input.bodyArea ?? null,
  );
  return applyAnswers(ctx, answers);
}

function holds(cond: Cond, ctx: Context): boolean {
  const has = (id: ConceptId) => ctx.present.has(id);
  if (cond.all && !cond.all.every(has)) return false;
  if (cond.any && !cond.any.some(has)) return false;
  if (cond.any2 && !cond.any2.some(has)) return false;
  if (cond.none && cond.none.some(has)) return false;
  if (cond.minAge !== undefined && (ctx.age === undefined || ctx.age < cond.minAge)) return false;
  if (cond.maxAge !== undefined && (ctx.age === undefined || ctx.age >= cond.maxAge)) return false;
  if (
    cond.maxAgeMonths !== undefined &&
    (ctx.ageMonths === null || ctx.ageMonths >= cond.maxAgeMonths)
  ) {
    return false;
  }
  if (cond.sex !== undefined && ctx.sex !== cond.sex) return false;
  if (cond.pregnant !== undefined && ctx.pregnant !== cond.pregnant) return false;
  if (cond.minDays !== undefined && (ctx.days === null || ctx.days < cond.minDays)) return false;
  if (cond.maxDays !== undefined && ctx.days !== null && ctx.days >= cond.maxDays) return false;
  if (cond.daysKnown && ctx.days === null) return false;
  return true;
}

const anyHolds = (conds: readonly Cond[], ctx: Context) => conds.some((c) => holds(c, ctx));

export function redFlagsIn(ctx: Context): RedFlagRule[] {
  return redFlagRules.filter((rule) => anyHolds(rule.when, ctx));
}

export function matchingCareRules(ctx: Context): CareRule[] {
  return careRules.filter((rule) => anyHolds(rule.when, ctx));
}

const t = (b: Bilingual, locale: TriageLocale) => b[locale];

function localiseQuestion(q: QuestionRule, locale: TriageLocale): TriageQuestion {
  return {
    id: q.id,
    text: t(q.text, locale),
    options: q.options.map((o) => ({ id: o.id, label: t(o.label, locale) })),
  };
}

function stillUseful(q: QuestionRule, ctx: Context): boolean {
  if (q.needsUnknownDays && ctx.days !== null) return false;
  if (!anyHolds(q.when, ctx)) return false;
  const about = q.about ?? [];
  if (about.some((id) => ctx.present.has(id))) return false;
  if (about.length > 0 && about.every((id) => ctx.negated.has(id))) return false;
  return true;
}

function plan(ctx: Context): QuestionRule[] {
  if (redFlagsIn(ctx).length > 0) return [];
  const slots = MAX_QUESTIONS - ctx.answered.length;
  if (slots <= 0) return [];
  const asked = new Set(ctx.answered.map((a) => a.question.id));
  return questionRules
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => !asked.has(q.id) && stillUseful(q, ctx))
    .sort((a, b) => b.q.priority - a.q.priority || a.order - b.order)
    .slice(0, slots)
    .map(({ q }) => q);
}

export function planFor(
  input: TriageInput,
  answers: TriageAnswers,
  locale: TriageLocale,
): TriageQuestion[] {
  return plan(contextFor(input, answers)).map((q) => localiseQuestion(q, locale));
}

// ---------------------------------------------------------------------------- summary -----------

function subject(ctx: Context, locale: TriageLocale): string {
  const s = texts.summary;
  const age = ctx.age;
  if (ctx.ageMonths !== null && ctx.ageMonths < 12) {
    const months = Math.max(0, Math.round(ctx.ageMonths));
    return locale === "en"
      ? months === 0
        ? "A baby under 1 month (or of unknown months)"
        : `A ${months}-month-old baby`
      : months === 0
        ? "1 महीने से छोटा (या अज्ञात महीनों का) शिशु"
        : `${months} महीने का शिशु`;
  }
  if (age === undefined) return locale === "en" ? "A person" : "एक व्यक्ति";
  const child = age < 14;
  const who = child
    ? ctx.sex === "male"
      ? s.boy
      : ctx.sex === "female"
        ? s.girl
        : s.child
    : ctx.sex === "male"
      ? s.man
      : ctx.sex === "female"
        ? s.woman
        : s.person;
  const preg = ctx.pregnant ? `${t(s.pregnant, locale)} ` : "";
  return locale === "en" ? `A ${age}-year-old ${preg}${who.en}` : `${age} वर्षीय ${preg}${who.hi}`;
}

function durationPhrase(days: number | null, locale: TriageLocale): string {
  if (days === null) return "";
  if (locale === "en") return days === 1 ? " for 1 day" : ` for ${days} days`;
  return ` ${days} दिन से`;
}

function summaryFor(
  ctx: Context,
  locale: TriageLocale,
  severity: SymptomSeverity,
  specialty: SpecialtyKey,
  redFlag: RedFlagRule | null,
): string {
  const s = texts.summary;
  const shown = [...ctx.present].filter(
    (id) => id !== "not_a_symptom" && (id !== "pain" || ctx.present.size === 1),
  );
  const symptoms = shown.length
    ? shown.map((id) => concepts[id][locale]).join(", ")
    : t(s.none, locale);
  const negatives = [...ctx.negated].map((id) => concepts[id][locale]);
  const parts: string[] = [];
  if (locale === "en") {
    let first = `${subject(ctx, locale)} with ${symptoms}${durationPhrase(ctx.daysFromAnswer ? null : ctx.days, locale)}`;
    if (negatives.length) first += `; no ${negatives.join(", no ")}`;
    parts.push(`${first}.`);
  } else {
    let first = `${subject(ctx, locale)}: ${symptoms}${durationPhrase(ctx.daysFromAnswer ? null : ctx.days, locale)}`;
    if (negatives.length) first += `; ${negatives.map((n) => `${n} नहीं`).join(", ")}`;
    parts.push(`${first}।`);
  }
  // Answers that state or rule out a symptom are already in the sentence above; the others
  // ("not sure", how long) are quoted.
  const quoted = ctx.answered.filter(({ question, optionId }) => {
    const option = question.options.find((o) => o.id === optionId)!;
    return !option.adds?.length && !option.negates?.length;
  });
  if (quoted.length) {
    const answers = quoted.map(({ question, optionId }) => {
      const option = question.options.find((o) => o.id === optionId)!;
      return `${t(question.text, locale)} — ${t(option.label, locale)}`;
    });
    parts.push(`${t(s.answers, locale)}: ${answers.join("; ")}${locale === "en" ? "." : "।"}`);
  }
  if (redFlag) parts.push(`${t(s.redFlag, locale)}: ${t(redFlag.reason, locale)}`);
  const end = locale === "en" ? "." : "।";
  parts.push(
    `${t(s.outcome, locale)}: ${t(texts.severityWord[severity], locale)} (${specialtyLabel(specialty, locale)})${end}`,
  );
  return parts.join(" ");
}

// ---------------------------------------------------------------------------- assessment --------

function uniq<T>(items: T[], key: (x: T) => string = String): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function emergencyAssessment(ctx: Context, hits: RedFlagRule[], locale: TriageLocale): Assessment {
  const first = hits[0]!;
  // Who follows up after the emergency care: a pregnancy's gynecologist, a child's pediatrician,
  // otherwise the specialty of the most specific red flag.
  const specialty: SpecialtyKey = ctx.pregnant
    ? "gynecologist"
    : ctx.age !== undefined && ctx.age < 14
      ? "pediatrician"
      : first.specialty;
  return {
    severity: "emergency",
    possibleConditions: uniq(hits.flatMap((h) => h.possible))
      .slice(0, 3)
      .map((p) => ({
        name: t(p, locale),
        likelihood: t(texts.likelihood.possible, locale),
      })),
    recommendedSpecialty: specialty,
    advice: uniq([
      t(texts.emergencyCall, locale),
      ...hits.flatMap((h) => h.firstAid.map((a) => t(a, locale))),
    ]),
    redFlags: uniq(hits.map((h) => t(h.reason, locale))),
    summary: summaryFor(ctx, locale, "emergency", specialty, first),
    disclaimer: t(texts.disclaimer, locale),
    emergencyAction: { call: ["108", "112"], text: t(texts.emergencyCall, locale) },
    ruleIds: hits.map((h) => h.id),
    rulesVersion: RULES_VERSION,
  };
}

export function assessContext(ctx: Context, locale: TriageLocale): Assessment {
  const hits = redFlagsIn(ctx);
  if (hits.length > 0) return emergencyAssessment(ctx, hits, locale);

  const matched = matchingCareRules(ctx);
  const rules = matched.length > 0 ? matched : [fallbackCareRule];
  let severity: Exclude<SymptomSeverity, "emergency"> = "self_care";
  for (const r of rules) if (rank(r.severity) > rank(severity)) severity = r.severity;
  const ruleIds = rules.map((r) => r.id);
  for (const floor of ctx.floors) {
    if (rank(floor.severity) > rank(severity)) severity = floor.severity;
    ruleIds.push(`answer:${floor.source}`);
  }
  const top = rules.filter((r) => r.severity === severity);
  const primary =
    top[0] ??
    rules.find((r) => rank(r.severity) === Math.max(...rules.map((x) => rank(x.severity))))!;
  let specialty: SpecialtyKey = primary.specialty;
  if (ctx.pregnant) specialty = "gynecologist";
  else if (ctx.age !== undefined && ctx.age < 14) specialty = "pediatrician";

  const ordered = [...rules].sort((a, b) => rank(b.severity) - rank(a.severity));
  const possibleConditions = uniq(
    ordered.flatMap((r) => r.conditions),
    (c) => c.name.en,
  )
    .slice(0, 3)
    .map((c) => ({
      name: t(c.name, locale),
      likelihood: t(texts.likelihood[c.likelihood], locale),
    }));
  const advice = uniq([
    t(texts.severityAdvice[severity], locale),
    ...ordered.flatMap((r) => r.advice.map((a) => t(a, locale))),
  ]).slice(0, 6);
  const redFlags = uniq([
    ...ordered.flatMap((r) => r.watch.map((w) => t(w, locale))),
    t(texts.generalWatch, locale),
  ]).slice(0, 5);
  return {
    severity,
    possibleConditions,
    recommendedSpecialty: specialty,
    advice,
    redFlags,
    summary: summaryFor(ctx, locale, severity, specialty, null),
    disclaimer: t(texts.disclaimer, locale),
    emergencyAction: null,
    ruleIds,
    rulesVersion: RULES_VERSION,
  };
}

export function unknownSymptoms(input: TriageInput): UnknownSymptom[] {
  return input.symptoms
    .map((text, index) => ({ index, text }))
    .filter(({ text }) => !isKnownSymptom(text));
}

/** Words that say the message is about a baby or a child rather than the writer. */
const BABY_WORDS = /\b(?:baby|babies|infant|newborn|new born|shishu|navjaat|nawjaat)\b|शिशु|नवजात/u;
const CHILD_WORDS =
  /\b(?:child|children|kid|kids|toddler|son|daughter|bachcha|bachche|baccha|bacche|bachchi|bacchi|beta|beti)\b|बच्चा|बच्चे|बच्ची|बेटा|बेटी/u;

export function redFlagFromText(
  text: string,
  context: { age?: number; sex?: TriageSex } = {},
  locale: TriageLocale = "en",
): RedFlagHit | null {
  // Free text may be about someone else ("my baby", "my wife is pregnant"): the writer's own age
  // and sex then say nothing, and the youngest or the pregnant reading is the safe one.
  const lower = normalizeText(text);
  const age = BABY_WORDS.test(lower) ? 0 : CHILD_WORDS.test(lower) ? 4 : context.age;
  const ctx = baseContext(text, age, context.sex, null, null);
  if (ctx.present.has("pregnant")) ctx.pregnant = true;
  const hit = redFlagsIn(ctx)[0];
  return hit ? { ruleId: hit.id, reason: t(hit.reason, locale) } : null;
}

export function reasonFor(ruleId: string, locale: TriageLocale): string {
  const rule = redFlagRuleById.get(ruleId);
  return rule ? t(rule.reason, locale) : t(texts.emergencyCall, locale);
}

export function localisedQuestion(id: string, locale: TriageLocale): TriageQuestion | null {
  const q = questionRuleById.get(id);
  return q ? localiseQuestion(q, locale) : null;
}
