import type { UserRole } from "@/db/schema/users";
import type { Locale } from "@/db/schema/_enums";
import type { AuthUserDto } from "./schemas";

/** The columns auth reads of a user (with their doctor profile's id, for doctors). */
export interface AuthUserRow {
  id: number;
  uuid: string;
  email: string;
  fullName: string;
  phone: string | null;
  role: UserRole;
  locale: Locale;
  emailVerifiedAt: Date | null;
  sessionVersion: number;
  passwordHash: string | null;
  doctorUuid: string | null;
  /** Set while an admin has the account suspended: it may not sign in. */
  suspendedAt: Date | null;
}

/** Row -> what `/auth/*` answers: never the hash or the internal id. */
export function toAuthUserDto(u: AuthUserRow): AuthUserDto {
  return {
    id: u.uuid,
    email: u.email,
    fullName: u.fullName,
    phone: u.phone,
    role: u.role,
    locale: u.locale,
    emailVerified: u.emailVerifiedAt !== null,
    doctorId: u.doctorUuid,
  };
}

/** Mails go out in English or Hindi (the languages with templates). */
export const mailLocale = (l: Locale): "en" | "hi" => (l === "hi" ? "hi" : "en");
