import { describe, expect, it } from "vitest";
import {
  DELETE as deleteAbha,
  GET as getAbha,
  PUT as putAbha,
} from "@/app/api/v1/users/[id]/abha/route";
import { GET as exportMe } from "@/app/api/v1/users/[id]/export/route";
import { GET as getProfile, PUT as putProfile } from "@/app/api/v1/users/[id]/health-profile/route";
import { GET as getPhoto, POST as postPhoto } from "@/app/api/v1/users/[id]/photo/route";
import {
  DELETE as deleteUser,
  GET as getUser,
  PUT as putUser,
} from "@/app/api/v1/users/[id]/route";
import { createUser } from "./factories";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const call = (handler: Handler, method: string, id: string, init: RequestInit = {}) =>
  handler(new Request(`http://localhost/api/v1/users/${id}`, { method, ...init }), {
    params: Promise.resolve({ id }),
  });

const json = {
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ fullName: "X" }),
};

describe("/api/v1/users without credentials", () => {
  it.each<[string, Handler, string, RequestInit?]>([
    ["GET /users/me", getUser as Handler, "GET"],
    ["PUT /users/me", putUser as Handler, "PUT", json],
    ["DELETE /users/me", deleteUser as Handler, "DELETE"],
    ["GET /users/me/photo", getPhoto as Handler, "GET"],
    ["POST /users/me/photo", postPhoto as Handler, "POST", { body: new FormData() }],
    ["GET /users/me/health-profile", getProfile as Handler, "GET"],
    ["PUT /users/me/health-profile", putProfile as Handler, "PUT", json],
    ["GET /users/me/abha", getAbha as Handler, "GET"],
    ["PUT /users/me/abha", putAbha as Handler, "PUT", json],
    ["DELETE /users/me/abha", deleteAbha as Handler, "DELETE"],
    ["GET /users/me/export", exportMe as Handler, "GET"],
  ])("%s is 401 problem+json with WWW-Authenticate", async (_name, handler, method, init) => {
    const response = await call(handler, method, "me", init);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({ status: 401, code: "unauthenticated" });
  });

  it("does not reveal whether another user exists", async () => {
    const a = await createUser();
    const response = await call(getUser as Handler, "GET", a.uuid);
    expect(response.status).toBe(401);
    expect(JSON.stringify(await response.json())).not.toContain(a.email);
  });
});
