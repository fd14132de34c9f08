import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";

/** The error texts of the profile, onboarding and settings forms, in the user's language. */
export const profileErrorText = () => errorTextFor("profile.errors");
