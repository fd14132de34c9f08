import { describe, expect, it } from "vitest";
import { doctorSearchHref, hasFilters, parseDoctorSearch } from "./search-params";

describe("parseDoctorSearch", () => {
  it("drops empty form fields instead of failing on them", () => {
    const { query, invalid } = parseDoctorSearch({
      q: "",
      specialty: "",
      city: " Pune ",
      online: "",
      minRating: "",
      maxFee: "",
      sort: "",
    });
    expect(invalid).toEqual([]);
    expect(query).toMatchObject({ city: "Pune", page: 1, pageSize: 20 });
    expect(query.specialty).toBeUndefined();
    expect(query.online).toBeUndefined();
  });

  it("takes the first value of repeated parameters", () => {
    expect(parseDoctorSearch({ specialty: ["cardiologist", "ent"] }).query.specialty).toBe(
      "cardiologist",
    );
  });

  it("maps type=online|offline from older links to the online filter", () => {
    expect(parseDoctorSearch({ type: "online" }).query.online).toBe(true);
    expect(parseDoctorSearch({ type: "offline" }).query.online).toBe(false);
    expect(parseDoctorSearch({ type: "offline", online: "true" }).query.online).toBe(true);
    expect(parseDoctorSearch({ type: "weird" }).query.online).toBeUndefined();
  });

  it("ignores invalid fields, keeps the valid ones and reports which were ignored", () => {
    const { query, invalid } = parseDoctorSearch({
      specialty: "astrology",
      minRating: "9",
      city: "Pune",
      sort: "fee",
    });
    expect(invalid.sort()).toEqual(["minRating", "specialty"]);
    expect(query).toMatchObject({ city: "Pune", sort: "fee" });
    expect(query.specialty).toBeUndefined();
    expect(query.minRating).toBeUndefined();
  });

  it("drops sort=distance without a location", () => {
    const { query, invalid } = parseDoctorSearch({ sort: "distance" });
    expect(invalid).toEqual(["sort"]);
    expect(query.sort).toBeUndefined();
  });
});

describe("doctorSearchHref", () => {
  const { query } = parseDoctorSearch({
    specialty: "cardiologist",
    city: "Pune",
    online: "false",
    page: "3",
  });

  it("keeps every filter and leaves defaults out", () => {
    expect(doctorSearchHref(query)).toBe(
      "/doctors?specialty=cardiologist&city=Pune&online=false&page=3",
    );
  });

  it("replaces or removes fields", () => {
    expect(doctorSearchHref(query, { specialty: "ent", page: undefined })).toBe(
      "/doctors?specialty=ent&city=Pune&online=false",
    );
    expect(doctorSearchHref(query, { page: 1 })).toBe(
      "/doctors?specialty=cardiologist&city=Pune&online=false",
    );
  });

  it("keeps a shared symptom check through another page or specialty, but not onto the map", () => {
    const check = "0b7c9a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21";
    expect(doctorSearchHref({ ...query, check }, { page: 4 })).toBe(
      `/doctors?specialty=cardiologist&city=Pune&online=false&page=4&check=${check}`,
    );
    expect(doctorSearchHref({ ...query, check }, { specialty: "ent", page: undefined })).toBe(
      `/doctors?specialty=ent&city=Pune&online=false&check=${check}`,
    );
    expect(doctorSearchHref({ ...query, check }, {}, "/doctors/map")).not.toContain("check=");
  });

  it("keeps gender and experience, and points the same search at the map", () => {
    const { query: women } = parseDoctorSearch({ gender: "female", minExperience: "10" });
    expect(doctorSearchHref(women)).toBe("/doctors?gender=female&minExperience=10");
    expect(doctorSearchHref(query, { page: undefined }, "/doctors/map")).toBe(
      "/doctors/map?specialty=cardiologist&city=Pune&online=false",
    );
    expect(parseDoctorSearch({ gender: "robot", minExperience: "90" }).invalid).toEqual([
      "gender",
      "minExperience",
    ]);
  });

  it("encodes user text", () => {
    expect(doctorSearchHref(parseDoctorSearch({ q: "Dr. A&B Rao" }).query)).toBe(
      "/doctors?q=Dr.+A%26B+Rao",
    );
  });

  it("is /doctors for no filters", () => {
    const empty = parseDoctorSearch({}).query;
    expect(doctorSearchHref(empty)).toBe("/doctors");
    expect(hasFilters(empty)).toBe(false);
    expect(hasFilters(query)).toBe(true);
  });
});
