import { describe, expect, it } from "vitest";
import { isDoctorSearchKey } from "@/components/doctors/search-params";
import {
  cacheableDoctorSearchKeys,
  cachedPathFor,
  doctorQueryOfSegment,
  isCachedTreePath,
  isCanonicalArticleSegment,
  isCanonicalDoctorSegment,
  queryOfSegment,
  type PublicRequest,
} from "./public-routes";

const doctor = "0b9c3c5e-8f1a-4c1e-9d2b-3a4f5e6d7c8b";

function ask(url: string, overrides: Partial<PublicRequest> = {}): string | null {
  const parsed = new URL(url, "http://x");
  return cachedPathFor({
    method: "GET",
    pathname: parsed.pathname,
    searchParams: parsed.searchParams,
    cookieNames: [],
    localeCookie: undefined,
    acceptLanguage: null,
    ...overrides,
  });
}

describe("cachedPathFor: which requests the cached tree answers", () => {
  it("sends a signed-out visitor's home, search and profile to the cached tree", () => {
    expect(ask("/")).toBe("/cached/en");
    expect(ask("/doctors")).toBe("/cached/en/doctors/-");
    expect(ask(`/doctors/${doctor}`)).toBe(`/cached/en/doctor/${doctor}`);
    expect(ask("/", { method: "HEAD" })).toBe("/cached/en");
  });

  it("never answers a visitor with a session cookie from the cache", () => {
    for (const name of [
      "authjs.session-token",
      "__Secure-authjs.session-token",
      "authjs.session-token.0",
    ]) {
      expect(ask("/doctors", { cookieNames: ["NEXT_LOCALE", name] })).toBeNull();
      expect(ask(`/doctors/${doctor}`, { cookieNames: [name] })).toBeNull();
    }
    // Other cookies (a sign-in form's CSRF token) do not make a visitor signed in.
    expect(ask("/doctors", { cookieNames: ["authjs.csrf-token"] })).toBe("/cached/en/doctors/-");
  });

  it("leaves form posts (server actions) to the per-request pages", () => {
    expect(ask("/doctors", { method: "POST" })).toBeNull();
    expect(ask("/", { method: "POST" })).toBeNull();
  });

  it("picks the locale as the pages do: cookie, then Accept-Language, then English", () => {
    expect(ask("/doctors", { localeCookie: "hi" })).toBe("/cached/hi/doctors/-");
    expect(ask("/", { acceptLanguage: "hi-IN,hi;q=0.9,en;q=0.8" })).toBe("/cached/hi");
    expect(ask("/", { localeCookie: "en", acceptLanguage: "hi" })).toBe("/cached/en");
    expect(ask("/", { localeCookie: "fr", acceptLanguage: "de" })).toBe("/cached/en");
  });

  it("gives one copy per search however the form spelled it", () => {
    const canonical = ask("/doctors?specialty=cardiologist&city=Pune");
    expect(canonical).toBe(
      `/cached/en/doctors/${encodeURIComponent("specialty=cardiologist&city=Pune")}`,
    );
    expect(ask("/doctors?city=Pune&q=&specialty=cardiologist&online=")).toBe(canonical);
    expect(ask("/doctors?city=+Pune+&specialty=cardiologist&_rsc=1x2y")).toBe(canonical);
    expect(ask("/doctors?q=&city=&specialty=")).toBe("/cached/en/doctors/-");
  });

  it("renders per request what is personal, unbounded or unknown", () => {
    expect(ask("/doctors?lat=18.5&lng=73.8")).toBeNull();
    expect(ask(`/doctors?check=${doctor}`)).toBeNull();
    expect(ask("/doctors?utm_source=mail")).toBeNull();
    expect(ask(`/doctors?q=${"a".repeat(400)}`)).toBeNull();
    expect(ask(`/doctors/${doctor}?date=2026-12-08`)).toBeNull();
    expect(ask("/?notice=signed-out")).toBeNull();
    expect(ask("/doctors/not-a-uuid")).toBeNull();
    expect(ask(`/doctors/${doctor}/book`)).toBeNull();
    expect(ask("/dashboard")).toBeNull();
  });

  it("caches only parameters the search page reads", () => {
    for (const key of cacheableDoctorSearchKeys) {
      if (key !== "type") expect(isDoctorSearchKey(key), key).toBe(true);
    }
  });
});

describe("cachedPathFor: articles", () => {
  it("sends a signed-out reader's article and article list to the cached tree", () => {
    expect(ask("/articles/eat-well-in-winter")).toBe("/cached/en/article/eat-well-in-winter");
    expect(ask("/articles/eat-well", { localeCookie: "hi" })).toBe("/cached/hi/article/eat-well");
    expect(ask("/articles/eat-well?_rsc=1x2y")).toBe("/cached/en/article/eat-well");
    expect(ask("/articles")).toBe("/cached/en/articles/-");
  });

  it("gives one copy per list however the form spelled it", () => {
    const canonical = ask("/articles?category=nutrition&q=sugar");
    expect(canonical).toBe(
      `/cached/en/articles/${encodeURIComponent("q=sugar&category=nutrition")}`,
    );
    expect(ask("/articles?q=+sugar+&locale=&category=nutrition")).toBe(canonical);
    expect(ask("/articles?q=&category=")).toBe("/cached/en/articles/-");
    expect(ask("/articles?locale=hi&page=2")).toBe(
      `/cached/en/articles/${encodeURIComponent("locale=hi&page=2")}`,
    );
  });

  it("renders per request a reader's own answers, signed-in readers, odd slugs and unknown keys", () => {
    expect(ask("/articles/eat-well?notice=saved")).toBeNull();
    expect(ask("/articles?notice=saved")).toBeNull();
    expect(ask("/articles?utm_source=mail")).toBeNull();
    expect(ask(`/articles?q=${"a".repeat(400)}`)).toBeNull();
    expect(ask("/articles/eat-well", { cookieNames: ["authjs.session-token"] })).toBeNull();
    expect(ask("/articles", { cookieNames: ["__Secure-authjs.session-token"] })).toBeNull();
    expect(ask("/articles/eat-well", { method: "POST" })).toBeNull();
    expect(ask("/articles/saved")).toBeNull();
    expect(ask("/articles/Eat-Well")).toBeNull();
    expect(ask("/articles/eat--well")).toBeNull();
    expect(ask(`/articles/${"a".repeat(201)}`)).toBeNull();
    expect(ask("/articles/eat-well/comments")).toBeNull();
  });

  it("accepts only the proxy's own spelling of a list on the internal path", () => {
    const segment = ask("/articles?category=nutrition&q=sugar")!.split("/").at(-1)!;
    expect(isCanonicalArticleSegment(segment)).toBe(true);
    expect(isCanonicalArticleSegment("-")).toBe(true);
    expect(isCanonicalArticleSegment("category=nutrition&q=sugar")).toBe(false);
    expect(isCanonicalArticleSegment("notice=saved")).toBe(false);
    expect(queryOfSegment(segment)).toEqual({ q: "sugar", category: "nutrition" });
  });
});

describe("doctorQueryOfSegment", () => {
  it("gives back the search the path stands for, Hindi and spaces included", () => {
    const path = ask(`/doctors?q=${encodeURIComponent("दिल का डॉक्टर")}&city=New+Delhi&page=2`)!;
    const segment = path.split("/").at(-1)!;
    const expected = { q: "दिल का डॉक्टर", city: "New Delhi", page: "2" };
    expect(doctorQueryOfSegment(segment)).toEqual(expected);
    expect(doctorQueryOfSegment(decodeURIComponent(segment))).toEqual(expected);
    expect(doctorQueryOfSegment("-")).toEqual({});
  });
});

describe("isCanonicalDoctorSegment", () => {
  it("accepts only the proxy's own spelling of a search", () => {
    const segment = ask("/doctors?city=Pune&specialty=cardiologist")!.split("/").at(-1)!;
    expect(isCanonicalDoctorSegment(segment)).toBe(true);
    expect(isCanonicalDoctorSegment(decodeURIComponent(segment))).toBe(true);
    expect(isCanonicalDoctorSegment("-")).toBe(true);
    expect(isCanonicalDoctorSegment("city=Pune&specialty=cardiologist")).toBe(false);
    expect(isCanonicalDoctorSegment("city=Pune&utm=1")).toBe(false);
    expect(isCanonicalDoctorSegment("city=")).toBe(false);
  });
});

describe("isCachedTreePath", () => {
  it("names the internal tree, and nothing else", () => {
    expect(isCachedTreePath("/cached")).toBe(true);
    expect(isCachedTreePath("/cached/en/doctors/-")).toBe(true);
    expect(isCachedTreePath("/cachedx")).toBe(false);
    expect(isCachedTreePath("/doctors")).toBe(false);
  });
});
