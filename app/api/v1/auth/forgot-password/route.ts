import { apiRoute } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { authOperations } from "@/lib/auth/openapi";
import { forgotPassword } from "@/lib/auth/service/reset";

const accepted = {
  message: "If an account exists for this address, we have sent a link to reset the password.",
};

export const POST = apiRoute(authOperations.forgotPassword, async ({ body, request }) => {
  await forgotPassword(body.email, requestContextOf(request));
  return { status: 202, body: { data: accepted } };
});
