import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { addresses } from "@/db/schema";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/addresses/route";
import { DELETE as deleteRoute, PUT as updateRoute } from "@/app/api/v1/addresses/[id]/route";
import { POST as defaultRoute } from "@/app/api/v1/addresses/[id]/default/route";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { puneAddress } from "@/tests/factories-checkout";

const create = (token: string, body: unknown) =>
  call(createRoute, { path: "/addresses", body, token });
const list = async (token: string) =>
  (await call(listRoute, { path: "/addresses", token })).body.data as {
    id: string;
    line1: string;
    isDefault: boolean;
  }[];
const update = (token: string, id: string, body: unknown) =>
  call(updateRoute, { method: "PUT", path: `/addresses/${id}`, params: { id }, body, token });
const remove = (token: string, id: string) =>
  call(deleteRoute, { method: "DELETE", path: `/addresses/${id}`, params: { id }, token });
const makeDefault = (token: string, id: string) =>
  call(defaultRoute, { method: "POST", path: `/addresses/${id}/default`, params: { id }, token });

describe(`/addresses (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("saves an address with the state from its PIN code; the first one is the default", async () => {
    const { token } = await createPatientWithToken();
    const res = await create(token, { ...puneAddress, label: "Home" });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/addresses/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      label: "Home",
      phone: "+919876543210",
      state: "Maharashtra",
      line2: null,
      isDefault: true,
    });
    const second = await create(token, { ...puneAddress, line1: "Office, Baner Road" });
    expect(second.body.data.isDefault).toBe(false);
    expect((await list(token)).map((a) => a.line1)).toEqual(["12 MG Road", "Office, Baner Road"]);
  });

  it.each([
    [{ ...puneAddress, pincode: "41100" }, "pincode"],
    [{ ...puneAddress, pincode: "011001" }, "pincode"],
    [{ ...puneAddress, phone: "12345" }, "phone"],
    [{ ...puneAddress, line1: "" }, "line1"],
    [{ ...puneAddress, pincode: "244001" }, "state"],
    [{ ...puneAddress, state: "Atlantis" }, "state"],
  ])("refuses %o at %s", async (body, path) => {
    const { token } = await createPatientWithToken();
    const res = await create(token, body);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    expect(await list(token)).toEqual([]);
  });

  it("keeps one default: making another the default unsets the old one", async () => {
    const { token } = await createPatientWithToken();
    const home = (await create(token, puneAddress)).body.data;
    const work = (await create(token, { ...puneAddress, line1: "Work" })).body.data;
    const res = await makeDefault(token, work.id);
    expect(res.status).toBe(200);
    expect(res.body.data.isDefault).toBe(true);
    const after = await list(token);
    expect(after.map((a) => [a.id, a.isDefault])).toEqual([
      [work.id, true],
      [home.id, false],
    ]);
  });

  it("racing 'make default' requests still leave exactly one default", async () => {
    const { user, token } = await createPatientWithToken();
    const ids: string[] = [];
    for (let n = 0; n < 10; n++) {
      ids.push((await create(token, { ...puneAddress, line1: `House ${n}` })).body.data.id);
    }
    // Each address twice, all at once: 20 transactions locking the same rows.
    const results = await Promise.all([...ids, ...ids].map((id) => makeDefault(token, id)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const defaults = await db
      .select()
      .from(addresses)
      .where(eq(addresses.userId, user.id))
      .then((rows) => rows.filter((r) => r.isDefault));
    expect(defaults).toHaveLength(1);
  });

  it("deleting the default makes the oldest remaining address the default", async () => {
    const { token } = await createPatientWithToken();
    const home = (await create(token, puneAddress)).body.data;
    const work = (await create(token, { ...puneAddress, line1: "Work" })).body.data;
    expect((await remove(token, home.id)).status).toBe(204);
    expect(await list(token)).toEqual([expect.objectContaining({ id: work.id, isDefault: true })]);
  });

  it("someone else's address is 404 to read, edit, default and delete; the owner still can", async () => {
    const asha = await createPatientWithToken();
    const ravi = await createPatientWithToken();
    const home = (await create(asha.token, puneAddress)).body.data;

    expect(await list(ravi.token)).toEqual([]);
    const edit = await update(ravi.token, home.id, { ...puneAddress, line1: "Hijacked" });
    expect(edit.status).toBe(404);
    expect((await makeDefault(ravi.token, home.id)).status).toBe(404);
    expect((await remove(ravi.token, home.id)).status).toBe(404);
    expect((await list(asha.token)).map((a) => a.line1)).toEqual(["12 MG Road"]);

    const mine = await update(asha.token, home.id, { ...puneAddress, line1: "14 MG Road" });
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({ line1: "14 MG Road", isDefault: true });
    expect((await remove(asha.token, home.id)).status).toBe(204);
    expect(await list(asha.token)).toEqual([]);
  });

  it("a malformed id is 404 or 422, never 500", async () => {
    const { token } = await createPatientWithToken();
    const res = await update(token, "not-a-uuid", puneAddress);
    expect([404, 422]).toContain(res.status);
  });

  it("needs a signed-in user", async () => {
    expect((await call(listRoute, { path: "/addresses" })).status).toBe(401);
  });
});
