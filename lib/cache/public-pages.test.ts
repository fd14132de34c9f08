import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag, unstable_cache: vi.fn() }));

const {
  articleCommentsChanged,
  articlesChanged,
  doctorChanged,
  doctorReviewsChanged,
  doctorSlotsChanged,
} = await import("./public-pages");
const doctor = "0B9C3C5E-8F1A-4C1E-9D2B-3A4F5E6D7C8B";

beforeEach(() => {
  revalidateTag.mockReset();
});

describe("public page invalidation", () => {
  it("expires a doctor's profile at once when a slot is taken or freed, and no list", () => {
    doctorSlotsChanged(doctor);
    expect(revalidateTag.mock.calls).toEqual([[`doctor:${doctor.toLowerCase()}`, { expire: 0 }]]);
  });

  it("expires the profile and every doctor list when the doctor's facts change", () => {
    doctorChanged(doctor);
    expect(revalidateTag.mock.calls).toEqual([
      [`doctor:${doctor.toLowerCase()}`, { expire: 0 }],
      ["doctors", { expire: 0 }],
    ]);
  });

  it("expires only the profile when a reviewer's name changes (lists show no reviewers)", () => {
    doctorReviewsChanged(doctor);
    expect(revalidateTag.mock.calls).toEqual([[`doctor:${doctor.toLowerCase()}`, { expire: 0 }]]);
  });

  it("expires the article pages", () => {
    articlesChanged();
    expect(revalidateTag.mock.calls).toEqual([["articles", { expire: 0 }]]);
  });

  it("expires one article's page when its comments change", () => {
    articleCommentsChanged("eat-well");
    expect(revalidateTag.mock.calls).toEqual([["article:eat-well", { expire: 0 }]]);
  });

  it("does nothing outside a request (seed, scripts, tests), as Next reports it", async () => {
    const real = await vi.importActual<typeof import("next/cache")>("next/cache");
    let outside: unknown;
    try {
      real.revalidateTag("doctors", { expire: 0 });
    } catch (error) {
      outside = error;
    }
    expect(String((outside as Error).message)).toMatch(/static generation store missing/);
    revalidateTag.mockImplementation(() => {
      throw outside;
    });
    expect(() => doctorChanged(doctor)).not.toThrow();
  });

  it("still fails loudly on any other error (e.g. called while rendering)", () => {
    revalidateTag.mockImplementation(() => {
      throw new Error("Route /x used revalidateTag during render");
    });
    expect(() => doctorSlotsChanged(doctor)).toThrow(/during render/);
  });
});
