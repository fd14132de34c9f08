import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { bareName } from "@/components/doctors/doctor-name";
import { BookingFlow, type BookingLabels, type ModeOption } from "@/components/booking/BookingFlow";
import { dayOptions } from "@/components/booking/labels";
import { stripDays, type Mode } from "@/components/booking/strip";
import type { Asked } from "@/components/booking/wizard";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAvailability } from "@/lib/appointments/availability";
import { requireActor } from "@/lib/auth/session";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { formatInr } from "@/lib/i18n/format";
import { isUuid } from "@/lib/validation/ids";
import { SharedCheckNotice } from "@/components/symptom-checker/SharedCheckNotice";
import { shareableCheck } from "@/lib/symptom-checks/queries";
import { loadDoctor } from "../doctor";
import { bookAppointmentAction } from "./actions";

type Search = Partial<Record<keyof Asked | "check", string | string[]>>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Search> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [doctor, t] = await Promise.all([loadDoctor(id), getTranslations("Booking")]);
  return { title: t("metaTitle", { name: bareName(doctor.name) }) };
}

/**
 * Book an appointment (#8), signed in: a wizard (type -> date -> time -> details and confirm) whose
 * steps live in the URL: `?type=&date=&time=` (also from the profile's slot links) are the choices
 * so far, and each choice step is a GET form back to this page, so it works without JavaScript.
 * Slots are the doctor's next 14 days. The submit is a server action; success lands on
 * /appointments/<id>/confirmed.
 * Each render mints the form's idempotency key, so a repeated submit of this form books once.
 * `?check=<uuid>` (from the symptom checker) shares one of the patient's finished checks: the page
 * says so with its summary, and the form posts its id.
 */
export default async function BookPage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const qs = new URLSearchParams(
    Object.entries(search).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  ).toString();
  const actor = await requireActor(`/doctors/${id}/book${qs ? `?${qs}` : ""}`);
  const doctor = await loadDoctor(id);
  const [t, tCheck, locale, availability, sharedCheck] = await Promise.all([
    getTranslations("Booking"),
    getTranslations("SymptomChecker.booking"),
    getLocale(),
    getAvailability(id),
    shareableCheck(actor, one(search.check)),
  ]);
  const days = dayOptions(stripDays(availability.from, 14, availability.days), locale);
  const name = bareName(doctor.name);
  const clinic = doctor.clinic
    ? [doctor.clinic.name, doctor.clinic.address, doctor.clinic.city].filter(Boolean).join(", ")
    : null;

  const modes: ModeOption[] = doctor.bookableModes.map((mode) =>
    mode === "online"
      ? {
          value: "online",
          title: t("mode.online"),
          price: formatInr(doctor.feeOnline ?? "0"),
          hint: t("mode.onlineHint"),
        }
      : {
          value: "offline",
          title: t("mode.offline"),
          price: formatInr(doctor.feeOffline ?? "0"),
          hint: doctor.clinic
            ? t("mode.offlineHintAt", { clinic: doctor.clinic.name })
            : t("mode.offlineHint"),
        },
  );
  const asked: Asked = {};
  for (const key of ["type", "date", "time", "from", "step"] as const) {
    const value = one(search[key]);
    if (value !== undefined) asked[key] = value;
  }
  const check = one(search.check);

  const steps = [t("steps.type"), t("steps.date"), t("steps.time"), t("steps.review")] as const;
  const confirm = Object.fromEntries(
    modes.map((m) => [m.value, t("confirm", { fee: m.price })]),
  ) as Record<Mode, string>;
  const labels: BookingLabels = {
    steps: [...steps],
    stepOf: steps.map((_, i) =>
      t("stepOf", { step: i + 1, total: steps.length }),
    ) as BookingLabels["stepOf"],
    progress: t("progress"),
    typeLegend: t("typeLegend"),
    dateLegend: t("dateLegend"),
    dayFull: t("dayFull"),
    timeLegend: t("timeLegend"),
    noTimes: t("noTimes"),
    symptoms: t("symptoms"),
    symptomsHint: t("symptomsHint"),
    chiefComplaint: t("chiefComplaint"),
    chiefComplaintHint: t("chiefComplaintHint"),
    charsLeft: t.raw("charsLeft") as string,
    review: {
      doctor: t("review.doctor"),
      when: t("review.when"),
      mode: t("review.mode"),
      clinic: t("review.clinic"),
      amount: t("review.amount"),
      note: t("review.note"),
    },
    next: t("next"),
    back: t("back"),
    confirm,
    confirming: t("confirming"),
    keptSlot: t.raw("keptSlot") as string,
    notices: {
      slotNotOnline: t.raw("notices.slotNotOnline") as string,
      slotNotOffline: t.raw("notices.slotNotOffline") as string,
      slotGone: t.raw("notices.slotGone") as string,
      dayNotOnline: t.raw("notices.dayNotOnline") as string,
      dayNotOffline: t.raw("notices.dayNotOffline") as string,
      dayGone: t.raw("notices.dayGone") as string,
    },
    required: {
      type: t("errors.fields.consultationType"),
      date: t("errors.fields.date"),
      time: t("errors.fields.time"),
    },
  };

  return (
    <PageContainer className="max-w-3xl">
      <BackLink href={`/doctors/${doctor.id}`} label={t("backToProfile")} />
      <PageHeader
        title={t("title")}
        subtitle={`${t("doctorName", { name })} · ${specialtyLabel(doctor.specialty, locale)}`}
      />
      {modes.length === 0 || days.every((d) => d.slots.length === 0) ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700">
          {t("unavailable")}
        </p>
      ) : (
        <>
          {sharedCheck ? (
            <SharedCheckNotice
              title={tCheck("sharedTitle")}
              text={tCheck("shared", { summary: sharedCheck.summary })}
            />
          ) : null}
          <BookingFlow
            action={bookAppointmentAction}
            symptomCheckId={sharedCheck?.id}
            idempotencyKey={randomUUID()}
            doctorId={doctor.id}
            bookPath={`/doctors/${doctor.id}/book`}
            check={check && isUuid(check) ? check : undefined}
            modes={modes}
            days={days}
            asked={asked}
            summary={{
              doctor: t("doctorName", { name }),
              specialty: specialtyLabel(doctor.specialty, locale),
              clinic,
            }}
            labels={labels}
          />
        </>
      )}
    </PageContainer>
  );
}
