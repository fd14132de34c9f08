import { apiRoute, ok } from "@/lib/api/api-route";
import { otpOperations } from "@/lib/auth/otp/openapi";
import { signInWithCode } from "@/lib/auth/otp/service";
import { requestContextOf } from "@/lib/auth/request-context";

export const POST = apiRoute(otpOperations.verify, async ({ body, request }) =>
  ok(await signInWithCode(body, requestContextOf(request))),
);
