import { apiRoute } from "@/lib/api/api-route";
import { otpOperations } from "@/lib/auth/otp/openapi";
import { requestPhoneVerification } from "@/lib/auth/otp/service";
import { requestContextOf } from "@/lib/auth/request-context";

export const POST = apiRoute(
  otpOperations.requestPhoneVerification,
  async ({ actor, params, body, request }) => ({
    status: 202,
    body: {
      data: await requestPhoneVerification(actor, params.id, body, requestContextOf(request)),
    },
  }),
);
