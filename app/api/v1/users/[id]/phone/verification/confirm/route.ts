import { apiRoute, ok } from "@/lib/api/api-route";
import { otpOperations } from "@/lib/auth/otp/openapi";
import { confirmPhoneVerification } from "@/lib/auth/otp/service";

export const POST = apiRoute(
  otpOperations.confirmPhoneVerification,
  async ({ actor, params, body }) => ok(await confirmPhoneVerification(actor, params.id, body)),
);
