import Link from "next/link";
import { Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";

/** What a signed-in non-doctor sees on a doctor page: a friendly way to their own bookings. */
export async function OnlyDoctors() {
  const t = await getTranslations("DoctorArea.bookings");
  return (
    <EmptyState
      icon={<Stethoscope aria-hidden="true" />}
      title={t("onlyDoctors.title")}
      hint={t("onlyDoctors.hint")}
      action={
        <Link href="/appointments" className={buttonClass("primary")}>
          {t("onlyDoctors.myAppointments")}
        </Link>
      }
    />
  );
}
