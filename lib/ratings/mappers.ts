import type { RatingDto } from "./schemas";

/** "Asha Rao" -> "Asha R."; a single name stays as it is. */
export function shortName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? "";
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first || "Patient";
}

export interface RatingViewRow {
  uuid: string;
  rating: number;
  review: string | null;
  wouldRecommend: boolean | null;
  patientName: string;
  createdAt: Date;
}

/** The public DTO of one rating. */
export function toRatingDto(row: RatingViewRow): RatingDto {
  return {
    id: row.uuid,
    rating: row.rating,
    review: row.review,
    wouldRecommend: row.wouldRecommend,
    patientName: shortName(row.patientName),
    createdAt: row.createdAt.toISOString(),
  };
}
