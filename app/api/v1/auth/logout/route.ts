import { apiRoute } from "@/lib/api/api-route";
import { logoutSchema } from "@/lib/auth/schemas";
import { logout } from "@/lib/auth/service/credentials";

export const POST = apiRoute({ auth: "optional", body: logoutSchema }, async ({ actor, body }) => {
  await logout(actor, body);
  return { status: 204 };
});
