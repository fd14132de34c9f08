import { emergencyVignettes } from "./emergency";
import { seeDoctorVignettes } from "./see-doctor";
import { selfCareVignettes } from "./self-care";
import type { Vignette } from "./types";
import { urgentVignettes } from "./urgent";

export type { Vignette } from "./types";

export const vignettes: readonly Vignette[] = [
  ...emergencyVignettes,
  ...urgentVignettes,
  ...seeDoctorVignettes,
  ...selfCareVignettes,
];
