import { useTranslations } from "next-intl";
import { Tabs } from "@/components/ui/Tabs";

/** Upcoming / Past as links (`?tab=`): server-rendered, work without JavaScript. */
export function AppointmentTabs({ current }: { current: "upcoming" | "past" }) {
  const t = useTranslations("Appointments.tabs");
  return (
    <Tabs
      label={t("label")}
      current={current}
      tabs={[
        { key: "upcoming", href: "/appointments", label: t("upcoming") },
        { key: "past", href: "/appointments?tab=past", label: t("past") },
      ]}
    />
  );
}
