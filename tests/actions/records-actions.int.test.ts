import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createHealthRecordAction,
  deleteHealthRecordAction,
  updateHealthRecordAction,
} from "@/app/(site)/(patient)/records/actions";
import { GET as getRecordFile } from "@/app/(site)/(patient)/records/[id]/file/route";
import type { Actor } from "@/lib/auth/actor";
import { getHealthRecord, listHealthRecords } from "@/lib/health-records/queries";
import { createUser } from "@/tests/factories";
import { createRecord } from "@/tests/factories-records";
import { actorFor, sampleFiles } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The records pages' doors with Next's request scope stubbed: who is signed in, in which
// language, and where the action sends the browser. Everything below the door is real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  redirects: [] as string[],
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  requestLocale.current = "en";
  door.redirects = [];
});

function form(
  fields: Record<string, string>,
  file?: { bytes: Uint8Array; name: string },
): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  if (file) data.set("file", new File([file.bytes as BlobPart], file.name));
  return data;
}

const uuidPath = /^\/records\/([0-9a-f-]{36})\?created=1$/;

describe("createHealthRecordAction (the upload without JavaScript)", () => {
  it("files the record with the type its bytes say and opens its page", async () => {
    door.actor = actorFor(await createUser());
    const result = await createHealthRecordAction(
      null,
      form(
        { title: " Chest X-ray ", recordType: "other", documentDate: "", doctorName: "" },
        { bytes: sampleFiles.png(), name: "xray.pdf" },
      ),
    );
    expect(result).toBeUndefined();
    const id = uuidPath.exec(door.redirects[0] ?? "")?.[1];
    expect(id).toBeDefined();
    const record = await getHealthRecord(door.actor, id!, { door: "page" });
    expect(record).toMatchObject({ title: "Chest X-ray", documentDate: null, doctorName: null });
    expect(record.file?.contentType).toBe("image/png");
  });

  it("puts a refused file beside the file field and hands back what was typed (Hindi)", async () => {
    door.actor = actorFor(await createUser());
    requestLocale.current = "hi";
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const result = await createHealthRecordAction(
      null,
      form({ title: "रिपोर्ट", recordType: "lab_report" }, { bytes: html, name: "r.pdf" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "unsupported_media_type",
      message: hi.records.errors.codes.unsupported_media_type,
      fieldErrors: { file: hi.records.errors.codes.unsupported_media_type },
      values: { title: "रिपोर्ट", recordType: "lab_report" },
    });
    expect(door.redirects).toEqual([]);
    const page = await listHealthRecords(door.actor, { page: 1, pageSize: 20 }, { door: "page" });
    expect(page.meta.total).toBe(0);
  });

  it("asks for a file and a title beside their fields", async () => {
    door.actor = actorFor(await createUser());
    const noFile = await createHealthRecordAction(
      null,
      form({ title: "Report", recordType: "lab_report" }),
    );
    expect(noFile.fieldErrors).toEqual({ file: en.records.errors.fields.file });
    // The page comes back (without JavaScript) with the file field empty: choose it again.
    const noTitle = await createHealthRecordAction(
      null,
      form({ title: "", recordType: "lab_report" }, { bytes: sampleFiles.pdf(), name: "a.pdf" }),
    );
    expect(noTitle.fieldErrors).toEqual({
      title: en.records.errors.fields.title,
      file: en.records.upload.chooseAgain,
    });
    const neither = await createHealthRecordAction(null, form({ title: "", recordType: "" }));
    expect(neither.fieldErrors).toMatchObject({
      title: en.records.errors.fields.title,
      file: en.records.upload.chooseFile,
    });
  });

  it("refuses a signed-out post with the sign-in message", async () => {
    const result = await createHealthRecordAction(
      null,
      form({ title: "x", recordType: "other" }, { bytes: sampleFiles.pdf(), name: "a.pdf" }),
    );
    expect(result).toMatchObject({
      code: "unauthenticated",
      message: en.records.errors.codes.unauthenticated,
    });
  });
});

describe("updateHealthRecordAction and deleteHealthRecordAction", () => {
  it("save the edited metadata (blank clears), and never touch someone else's record", async () => {
    const owner = await createUser();
    const row = await createRecord(owner.id, { description: "old", doctorName: "Dr. A" });
    door.actor = actorFor(await createUser());
    const values = { title: "Taken", recordType: "other", description: "", doctorName: "" };
    const stranger = await updateHealthRecordAction(row.uuid, null, form(values));
    expect(stranger).toMatchObject({ code: "not_found" });
    const gone = await deleteHealthRecordAction(row.uuid);
    expect(gone).toMatchObject({ code: "not_found" });

    door.actor = actorFor(owner);
    expect(await updateHealthRecordAction(row.uuid, null, form(values))).toBeUndefined();
    expect(door.redirects).toEqual([`/records/${row.uuid}?saved=1`]);
    expect(await getHealthRecord(door.actor, row.uuid, { door: "page" })).toMatchObject({
      title: "Taken",
      recordType: "other",
      description: null,
      doctorName: null,
    });

    expect(await deleteHealthRecordAction(row.uuid)).toBeUndefined();
    expect(door.redirects.at(-1)).toBe("/records?deleted=1");
    await expect(getHealthRecord(door.actor, row.uuid, { door: "page" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("treat a malformed id as a missing record", async () => {
    door.actor = actorFor(await createUser());
    expect(await deleteHealthRecordAction("../../etc")).toMatchObject({ code: "not_found" });
  });
});

describe("GET /records/<id>/file (the pages' door to a file)", () => {
  const get = (id: string, query = "") =>
    getRecordFile(new Request(`http://localhost/records/${id}/file${query}`), {
      params: Promise.resolve({ id }),
    });

  it("serves the owner the stored type inline, or as an attachment with ?download=1", async () => {
    const owner = await createUser();
    const row = await createRecord(owner.id, { title: "Blood test" });
    door.actor = actorFor(owner);
    const inline = await get(row.uuid);
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-type")).toBe("application/pdf");
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="Blood test.pdf"/);
    expect(inline.headers.get("x-content-type-options")).toBe("nosniff");
    expect(inline.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await inline.arrayBuffer())).toEqual(sampleFiles.pdf());
    const attachment = await get(row.uuid, "?download=1");
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("answers 404 alike to a visitor, a stranger and a bad id", async () => {
    const row = await createRecord((await createUser()).id);
    expect((await get(row.uuid)).status).toBe(404);
    door.actor = actorFor(await createUser());
    expect((await get(row.uuid)).status).toBe(404);
    expect((await get(row.uuid, "?download=1")).status).toBe(404);
    expect((await get("not-a-uuid")).status).toBe(404);
  });
});
