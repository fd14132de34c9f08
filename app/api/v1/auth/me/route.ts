import { apiRoute, ok } from "@/lib/api/api-route";
import { getMe } from "@/lib/auth/queries";

export const GET = apiRoute({ auth: "user" }, async ({ actor }) => ok(await getMe(actor)));
