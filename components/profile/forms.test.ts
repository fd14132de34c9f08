import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import hi from "@/messages/hi.json";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";
import type { UserDto } from "@/lib/users/schemas";
import { AbhaLinkForm } from "./AbhaLinkForm";
import { AbhaOtpRequestForm, AbhaOtpVerifyForm } from "./AbhaVerifyForms";
import { DeleteAccountForm } from "./DeleteAccountForm";
import { MedicalHistoryForm } from "./MedicalHistoryForm";
import { AbhaStep, BasicInfoStep, HealthInfoStep } from "./OnboardingSteps";
import { PhotoForm } from "./PhotoForm";
import { ProfileForm } from "./ProfileForm";

// The forms draw every word from the copy their page hands them: rendered with the Hindi copy,
// they show Hindi labels and never a missing text.

const action = async () => ({ ok: true });
const profile = {
  age: 30,
  gender: "female",
  city: "Pune",
  emergencyContact: null,
  conditions: [],
  allergies: [],
  medications: [],
  bloodGroup: null,
  heightCm: null,
  weightKg: null,
  bloodPressure: null,
  notes: null,
  abha: { abhaNumber: null },
} as unknown as HealthProfileDto;
const user = { fullName: "Asha", phone: null, email: "asha@example.com" } as unknown as UserDto;
const steps = { onboarding: hi.onboarding, profile: hi.profile, healthProfile: hi.healthProfile };

const forms: Array<[string, () => string, string[]]> = [
  [
    "profile",
    () =>
      renderToStaticMarkup(
        h(ProfileForm, { user, profile, today: "2026-01-01", action, copy: hi.profile }),
      ),
    [hi.profile.fields.fullName, hi.profile.fields.emergencyContact],
  ],
  [
    "photo",
    () => renderToStaticMarkup(h(PhotoForm, { hasPhoto: false, action, copy: hi.profile.photo })),
    [hi.profile.photo.label],
  ],
  [
    "delete account",
    () =>
      renderToStaticMarkup(
        h(DeleteAccountForm, { hasPassword: true, action, copy: hi.profile.deleteAccount }),
      ),
    [hi.profile.deleteAccount.password, hi.profile.deleteAccount.confirm],
  ],
  [
    "ABHA link",
    () => renderToStaticMarkup(h(AbhaLinkForm, { action, copy: hi.abha.link })),
    [hi.abha.link.number],
  ],
  [
    "ABHA OTP request",
    () =>
      renderToStaticMarkup(
        h(AbhaOtpRequestForm, { action, defaultId: "91-2345-6789-0123", copy: hi.abha.verify }),
      ),
    [hi.abha.verify.id, hi.abha.verify.send],
  ],
  [
    "ABHA OTP",
    () => renderToStaticMarkup(h(AbhaOtpVerifyForm, { action, copy: hi.abha.verify })),
    [hi.abha.verify.otp, hi.abha.verify.submit],
  ],
  [
    "medical history",
    () => renderToStaticMarkup(h(MedicalHistoryForm, { profile, action, copy: hi.healthProfile })),
    [hi.healthProfile.measurements.heightCm, hi.healthProfile.conditions.title],
  ],
  [
    "onboarding basics",
    () => renderToStaticMarkup(h(BasicInfoStep, { profile, action, copy: steps })),
    [hi.onboarding.basic.age, hi.profile.fields.city],
  ],
  [
    "onboarding health",
    () => renderToStaticMarkup(h(HealthInfoStep, { profile, action, copy: steps })),
    [hi.onboarding.health.title],
  ],
  [
    "onboarding ABHA",
    () => renderToStaticMarkup(h(AbhaStep, { abhaNumber: null, action, copy: steps })),
    [hi.onboarding.abha.title, hi.onboarding.abha.unverifiedNote],
  ],
];

describe("profile forms in Hindi", () => {
  it.each(forms)("%s form shows its Hindi texts", (_name, render, texts) => {
    const html = render();
    for (const text of texts) expect(html).toContain(text);
    expect(html).not.toContain("undefined");
  });
});
