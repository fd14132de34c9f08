import { useTranslations } from "next-intl";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";
import type { UserDto } from "@/lib/users/schemas";
import { Avatar } from "./Avatar";

/** Avatar, name, email and the ABHA number when linked (said when it is unverified). */
export function ProfileHeader({ user, profile }: { user: UserDto; profile: HealthProfileDto }) {
  const t = useTranslations("profile.header");
  return (
    <div className="flex items-center gap-4 rounded-2xl bg-brand-800 p-5 text-white">
      <Avatar
        name={user.fullName}
        photoUrl={user.photoUrl}
        alt={t("photoAlt", { name: user.fullName })}
        size={72}
      />
      <div className="min-w-0">
        <h1 className="truncate text-xl font-bold md:text-2xl">{user.fullName}</h1>
        <p className="truncate text-sm text-brand-100">{user.email}</p>
        <p className="mt-1 text-sm text-brand-100">
          {profile.abha.abhaNumber
            ? t(profile.abha.verified ? "abha" : "abhaUnverified", {
                number: profile.abha.abhaNumber,
              })
            : t("noAbha")}
        </p>
      </div>
    </div>
  );
}
