import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";

/**
 * The booking's first step as a GET form (no JavaScript needed): collection mode, day and the PIN
 * code whose area's places are shown; "Show times" reloads the page with them.
 */
export function WhenForm(props: {
  testIds: string[];
  mode: "home" | "visit";
  homeAllowed: boolean;
  date: string;
  dates: Array<{ value: string; label: string }>;
  pincode?: string;
}) {
  const t = useTranslations("Lab.book");
  return (
    <form
      method="get"
      action="/lab-tests/book"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <input type="hidden" name="tests" value={props.testIds.join(",")} />
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-semibold text-slate-900">{t("mode")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["home", "visit"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                value={m}
                defaultChecked={props.mode === m}
                disabled={m === "home" && !props.homeAllowed}
                className="size-4 accent-brand-700"
              />
              {t(m)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="when-date" label={t("date")}>
        {(control) => (
          <Select {...control} name="date" defaultValue={props.date} options={props.dates} />
        )}
      </Field>
      <Field id="when-pincode" label={t("pincode")} hint={t("pincodeHint")}>
        {(control) => (
          <Input
            {...control}
            name="pincode"
            inputMode="numeric"
            maxLength={6}
            defaultValue={props.pincode}
          />
        )}
      </Field>
      <button type="submit" className={buttonClass("secondary", "sm:col-span-2")}>
        {t("showSlots")}
      </button>
    </form>
  );
}
