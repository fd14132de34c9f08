import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";

/**
 * From/to dates as a plain GET form (works without JavaScript); the tab rides along as a hidden
 * field. `errors` are keys of DoctorArea.bookings.filter shown beside their field.
 */
export function DateFilterForm({
  tab,
  from,
  to,
  errors,
  clearHref,
}: {
  tab: string;
  from?: string;
  to?: string;
  errors: { from?: string; to?: string };
  clearHref: string;
}) {
  const t = useTranslations("DoctorArea.bookings.filter");
  const message = (key?: string) =>
    key === "invalid" ? t("invalid") : key === "order" ? t("order") : undefined;
  return (
    <form method="get" action="/doctor/appointments" className="mt-4">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("legend")}</legend>
        <input type="hidden" name="tab" value={tab} />
        <Field id="filter-from" label={t("from")} error={message(errors.from)}>
          {(control) => <Input {...control} type="date" name="from" defaultValue={from ?? ""} />}
        </Field>
        <Field id="filter-to" label={t("to")} error={message(errors.to)}>
          {(control) => <Input {...control} type="date" name="to" defaultValue={to ?? ""} />}
        </Field>
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
        {from || to ? (
          <Link href={clearHref} prefetch={false} className={buttonClass("ghost")}>
            {t("clear")}
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}
