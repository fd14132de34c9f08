import type { Metadata } from "next";
import Link from "next/link";
import { FlaskConical } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingForm } from "@/components/lab/BookingForm";
import { SelectedTests } from "@/components/lab/SelectedTests";
import { WhenForm } from "@/components/lab/WhenForm";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAddresses } from "@/lib/addresses/queries";
import { requireActor } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/config";
import { copyOf } from "@/lib/i18n/copy";
import { getLabSlots, getLabTestsByIds } from "@/lib/lab/catalogue";
import { bookableDates } from "@/lib/lab/policy";
import { onlinePaymentsEnabled } from "@/lib/payments/contract";
import { bookLabTestsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Lab.book"))("metaTitle") };
}

type Params = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).filter(Boolean);
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * Booking (#14/#15): the selected tests and total, step 1 (mode, day, PIN: a GET form) and step 2
 * (slot with places left, address, payment, Confirm: the server action). Signed in only.
 */
export default async function BookLabTestsPage({
  searchParams,
}: {
  searchParams: Promise<Params>;
}) {
  const params = await searchParams;
  const ids = [...new Set(list(params.tests))].slice(0, 20);
  const actor = await requireActor(`/lab-tests/book?tests=${ids.join(",")}`);
  const [t, locale, tests, addresses, copy] = await Promise.all([
    getTranslations("Lab.book"),
    getLocale(),
    getLabTestsByIds(ids),
    listAddresses(actor),
    copyOf("Lab"),
  ]);
  if (tests.length === 0) {
    return (
      <PageContainer>
        <PageHeader title={t("title")} />
        <EmptyState
          icon={<FlaskConical aria-hidden="true" />}
          title={t("noTests")}
          action={
            <Link href="/lab-tests" className={buttonClass("primary")}>
              {t("chooseTests")}
            </Link>
          }
        />
      </PageContainer>
    );
  }
  const homeAllowed = tests.every((x) => x.homeCollection);
  const mode = one(params.mode) === "visit" || !homeAllowed ? "visit" : "home";
  const dates = bookableDates();
  const date = dates.includes(one(params.date) ?? "") ? one(params.date)! : dates[0]!;
  const typedPin = one(params.pincode)?.trim();
  const pincode = /^[1-9]\d{5}$/.test(typedPin ?? "") ? typedPin : undefined;
  const slots = await getLabSlots({ date, pincode: mode === "home" ? pincode : undefined });
  const dayLabel = new Intl.DateTimeFormat(intlLocale[locale === "hi" ? "hi" : "en"], {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const choices = (mode === "home" ? slots.homeCollection : slots.labVisit).map((s) => ({
    time: s.time,
    disabled: !s.available,
    label:
      s.placesLeft === null
        ? s.time
        : `${s.time} · ${s.available ? t("placesLeft", { count: s.placesLeft }) : t("full")}`,
  }));

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <WhenForm
            testIds={tests.map((x) => x.id)}
            mode={mode}
            homeAllowed={homeAllowed}
            date={date}
            dates={dates.map((d) => ({
              value: d,
              label: dayLabel.format(new Date(`${d}T00:00:00Z`)),
            }))}
            pincode={pincode}
          />
          <BookingForm
            action={bookLabTestsAction}
            copy={copy.book}
            testIds={tests.map((x) => x.id)}
            bookingType={mode === "home" ? "home_collection" : "lab_visit"}
            date={date}
            slots={choices}
            addresses={addresses.map((a) => ({
              id: a.id,
              label: [a.label, a.name, a.line1, a.city, a.pincode].filter(Boolean).join(", "),
            }))}
            onlinePayments={onlinePaymentsEnabled()}
            idempotencyKey={crypto.randomUUID()}
          />
        </div>
        <SelectedTests tests={tests} />
      </div>
    </PageContainer>
  );
}
