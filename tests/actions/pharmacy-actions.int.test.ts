import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addToCartAction,
  removeFromCartAction,
  setCartLineAction,
} from "@/app/(site)/(patient)/pharmacy/actions";
import type { Actor } from "@/lib/auth/actor";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { createUser } from "@/tests/factories";
import { createMedicine, createRxMedicine } from "@/tests/factories-medicines";
import { actorFor } from "@/tests/factories-users";

// The cart forms' door with Next's request scope stubbed (who is signed in, where it redirects);
// the domain below is real. redirect throws, as Next's does, so nothing runs after it.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
    throw new Error("NEXT_REDIRECT");
  },
}));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Runs one action and returns where it sent the browser. */
async function submit(action: (f: FormData) => Promise<void>, fields: Record<string, string>) {
  await expect(action(form(fields))).rejects.toThrow("NEXT_REDIRECT");
  return door.redirects.at(-1);
}

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
});

describe("cart forms", () => {
  it("send a signed-out shopper to sign in, then back to the page they were on", async () => {
    const ors = await createMedicine({ name: "ORS" });
    const to = await submit(addToCartAction, { medicineId: ors.uuid, returnTo: "/pharmacy?q=ors" });
    expect(to).toBe(`/login?callbackUrl=${encodeURIComponent("/pharmacy?q=ors")}`);
  });

  it("add, step and remove a line, going back to the page they came from", async () => {
    const user = await createUser();
    door.actor = actorFor(user);
    const ors = await createMedicine({ name: "ORS" });
    const back = "/pharmacy?q=ors&cartError=failed";
    expect(await submit(addToCartAction, { medicineId: ors.uuid, returnTo: back })).toBe(
      "/pharmacy?q=ors",
    );
    await submit(setCartLineAction, { medicineId: ors.uuid, quantity: "3", returnTo: back });
    expect((await getCart(door.actor)).lines.map((l) => l.quantity)).toEqual([3]);
    await submit(removeFromCartAction, { medicineId: ors.uuid, returnTo: "/pharmacy/cart" });
    expect((await getCart(door.actor)).lines).toEqual([]);
  });

  it("say why a change was refused, and never go off the pharmacy", async () => {
    const user = await createUser();
    door.actor = actorFor(user);
    const rx = await createRxMedicine(2, { name: "Azithromycin" });
    const banned = await createMedicine({
      name: "Alprazolam",
      prescriptionRequired: true,
      schedule: "h1",
      controlled: true,
      maxPerOrder: 1,
    });
    expect(
      await submit(setCartLineAction, {
        medicineId: rx.uuid,
        quantity: "3",
        returnTo: "/pharmacy/cart",
      }),
    ).toBe("/pharmacy/cart?cartError=over_limit");
    expect(
      await submit(addToCartAction, { medicineId: banned.uuid, returnTo: "https://evil.example/" }),
    ).toBe("/pharmacy?cartError=not_orderable");
    expect((await getCart(door.actor)).lines).toEqual([]);
  });
});
