"use client";

import Link from "next/link";
import type { FormAction } from "@/lib/actions/result";
import { bloodGroupValues, type HealthProfileDto } from "@/lib/health-profile/schemas";
import type { UserDto } from "@/lib/users/schemas";
import { FormAlert } from "@/components/ui/Alert";
import { SelectField, TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { buttonClass } from "@/components/ui/button-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Copy } from "@/lib/i18n/read-copy";

/** Edit mode of the personal details: name, phone, date of birth, gender, city, blood group, emergency contact. */
export function ProfileForm({
  user,
  profile,
  today,
  action,
  copy,
}: {
  user: UserDto;
  profile: HealthProfileDto;
  today: string;
  action: FormAction;
  /** The "profile" texts in the user's language (copyOf("profile")). */
  copy: Copy<"profile">;
}) {
  const t = copy;
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const local = (phone: string | null) => (phone ? phone.replace(/^\+91/, "") : "");

  return (
    <form {...formProps} noValidate className="space-y-4">
      <FormAlert state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="fullName"
          name="fullName"
          label={t.fields.fullName}
          defaultValue={user.fullName}
          required
          maxLength={100}
          autoComplete="name"
          error={err.fullName}
          className="sm:col-span-2"
        />
        <TextField
          id="phone"
          name="phone"
          type="tel"
          inputMode="tel"
          label={t.fields.phone}
          hint={t.fields.phoneHint}
          defaultValue={local(user.phone)}
          autoComplete="tel-national"
          maxLength={20}
          error={err.phone}
        />
        <TextField
          id="dateOfBirth"
          name="dateOfBirth"
          type="date"
          label={t.fields.dateOfBirth}
          defaultValue={profile.dateOfBirth ?? ""}
          max={today}
          min="1900-01-01"
          autoComplete="bday"
          error={err.dateOfBirth}
        />
        <SelectField
          id="gender"
          name="gender"
          label={t.fields.gender}
          defaultValue={profile.gender ?? ""}
          error={err.gender}
          options={[
            { value: "", label: t.genders.unset },
            { value: "male", label: t.genders.male },
            { value: "female", label: t.genders.female },
            { value: "other", label: t.genders.other },
          ]}
        />
        <TextField
          id="city"
          name="city"
          label={t.fields.city}
          defaultValue={profile.city ?? ""}
          maxLength={60}
          autoComplete="address-level2"
          error={err.city}
        />
        <SelectField
          id="bloodGroup"
          name="bloodGroup"
          label={t.fields.bloodGroup}
          defaultValue={profile.bloodGroup ?? ""}
          error={err.bloodGroup}
          options={[
            { value: "", label: t.bloodGroups.unset },
            ...bloodGroupValues.map((g) => ({
              value: g,
              label: g === "unknown" ? t.bloodGroups.unknown : g,
            })),
          ]}
        />
        <TextField
          id="emergencyContact"
          name="emergencyContact"
          type="tel"
          inputMode="tel"
          label={t.fields.emergencyContact}
          hint={t.fields.emergencyContactHint}
          defaultValue={local(profile.emergencyContact)}
          maxLength={20}
          error={err.emergencyContact}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={t.details.saving}>
          {t.details.save}
        </SubmitButton>
        <Link href="/profile" className={buttonClass("secondary")}>
          {t.details.cancel}
        </Link>
      </div>
    </form>
  );
}
