import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";

/** What a signed-in non-admin sees on an admin page (the domain answered forbidden). */
export async function AdminOnly() {
  const t = await getTranslations("Admin.onlyAdmins");
  return (
    <EmptyState
      icon={<ShieldAlert aria-hidden="true" />}
      title={t("title")}
      hint={t("hint")}
      action={
        <Link href="/profile" className={buttonClass("primary")}>
          {t("home")}
        </Link>
      }
    />
  );
}
