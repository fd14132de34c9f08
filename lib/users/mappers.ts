import type { UserDto } from "./schemas";

/** The columns user queries select to build a UserDto. */
export interface UserDtoRow {
  uuid: string;
  email: string;
  fullName: string;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  role: UserDto["role"];
  locale: UserDto["locale"];
  emailVerifiedAt: Date | null;
  photoKey: string | null;
  createdAt: Date;
  doctorUuid: string | null;
}

/** The public URL of a user's photo; the version makes browsers refetch after a change. */
function photoUrlOf(userUuid: string, photoKey: string | null): string | null {
  if (!photoKey) return null;
  const version = photoKey.slice(photoKey.indexOf("/") + 1, photoKey.indexOf("/") + 9);
  return `/api/v1/users/${userUuid}/photo?v=${version}`;
}

/** Row -> the user as the API and pages see it. */
export function toUserDto(row: UserDtoRow): UserDto {
  return {
    id: row.uuid,
    email: row.email,
    fullName: row.fullName,
    phone: row.phone,
    phoneVerified: row.phoneVerifiedAt !== null,
    role: row.role,
    locale: row.locale,
    emailVerified: row.emailVerifiedAt !== null,
    photoUrl: photoUrlOf(row.uuid, row.photoKey),
    createdAt: row.createdAt.toISOString(),
    doctorId: row.doctorUuid,
  };
}
