import { describe, expect, it } from "vitest";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { PUT as putUser } from "@/app/api/v1/users/[id]/route";
import { MAX_JSON_DEPTH } from "@/lib/api/read-json";
import { call } from "@/tests/api-client";
import { createUser } from "@/tests/factories";
import { tokenFor } from "@/tests/factories-appointments";

/** `{"email": [[[ ... ]]]}` with `depth` levels of nesting in all. */
const nested = (depth: number) => `{"email":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;

describe("a JSON body nested too deeply", () => {
  it.each([100_000, 3_400, MAX_JSON_DEPTH + 1])(
    "is 400 malformed_request at %i levels, on sign-in, sign-up and a signed-in PUT",
    async (depth) => {
      const token = await tokenFor(await createUser());
      const answers = [
        await call(loginRoute, { path: "/auth/login", body: nested(depth) }),
        await call(registerRoute, { path: "/auth/register", body: nested(depth) }),
        await call(putUser, {
          method: "PUT",
          path: "/users/me",
          params: { id: "me" },
          token,
          body: nested(depth),
        }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(400);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect(res.body).toMatchObject({ code: "malformed_request", status: 400 });
        expect(res.body.detail).toContain("nested too deeply");
      }
    },
  );

  it("still reaches validation at the limit itself", async () => {
    const res = await call(loginRoute, { path: "/auth/login", body: nested(MAX_JSON_DEPTH) });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "email" })]),
    );
  });
});
