import { BadgeCheck } from "lucide-react";
import { useTranslations } from "next-intl";

/** "Verified" or "Not verified" beside a phone number. */
export function PhoneStatus({ verified }: { verified: boolean }) {
  const t = useTranslations("profile.phone");
  if (verified)
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-800">
        <BadgeCheck aria-hidden="true" className="size-4" />
        {t("verified")}
      </span>
    );
  return (
    <span className="rounded-full bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">
      {t("unverified")}
    </span>
  );
}
