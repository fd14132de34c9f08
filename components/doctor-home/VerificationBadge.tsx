import { BadgeCheck, CircleAlert, Clock } from "lucide-react";
import type { DoctorProfileDto } from "@/lib/doctors/schemas";

type VerificationStatus = DoctorProfileDto["verificationStatus"];

const look: Record<VerificationStatus, string> = {
  verified: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  pending: "bg-amber-50 text-amber-900 ring-amber-200",
  rejected: "bg-red-50 text-red-800 ring-red-200",
};
const icon = { verified: BadgeCheck, pending: Clock, rejected: CircleAlert };

/** Verified / Pending verification / Not approved, as a pill beside the doctor's name. */
export function VerificationBadge({
  status,
  label,
}: {
  status: VerificationStatus;
  label: string;
}) {
  const Icon = icon[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ${look[status]}`}
    >
      <Icon aria-hidden="true" className="size-4" />
      {label}
    </span>
  );
}
