import { apiRoute } from "@/lib/api/api-route";
import { otpOperations } from "@/lib/auth/otp/openapi";
import { requestSignInCode } from "@/lib/auth/otp/service";
import { requestContextOf } from "@/lib/auth/request-context";

export const POST = apiRoute(otpOperations.request, async ({ body, request }) => ({
  status: 202,
  body: { data: await requestSignInCode(body, requestContextOf(request)) },
}));
