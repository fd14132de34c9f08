import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";

/** The error texts of the records forms, in the user's language. */
export const recordsErrorText = () => errorTextFor("records.errors");
