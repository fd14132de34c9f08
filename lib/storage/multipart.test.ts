import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { sampleFiles } from "@/tests/factories-users";
import { readMultipartFile } from "./multipart";

function formRequest(form: FormData, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/upload", { method: "POST", body: form, headers });
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (err) {
    if (isAppError(err)) return err.status;
    throw err;
  }
}

describe("readMultipartFile", () => {
  it("returns the file's bytes, declared type and name", async () => {
    const form = new FormData();
    form.set("file", new File([sampleFiles.png()], "me.png", { type: "image/png" }));
    const file = await readMultipartFile(formRequest(form), "file", 10_000);
    expect(file).toMatchObject({
      type: "image/png",
      name: "me.png",
      size: sampleFiles.png().byteLength,
    });
    expect([...file.bytes]).toEqual([...sampleFiles.png()]);
  });

  it("refuses a declared Content-Length over the cap before reading (413)", async () => {
    const form = new FormData();
    form.set("file", new File([sampleFiles.png()], "me.png"));
    expect(
      await statusOf(
        readMultipartFile(formRequest(form, { "content-length": "999999" }), "file", 1000),
      ),
    ).toBe(413);
  });

  it("cuts off a body that streams past the cap (413)", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(5000)], "big.png"));
    const request = formRequest(form);
    request.headers.delete("content-length");
    expect(await statusOf(readMultipartFile(request, "file", 1000))).toBe(413);
  });

  it("wants multipart (400) and the named field (422)", async () => {
    const json = new Request("http://localhost/upload", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(await statusOf(readMultipartFile(json, "file", 1000))).toBe(400);
    const form = new FormData();
    form.set("other", "text");
    expect(await statusOf(readMultipartFile(formRequest(form), "file", 1000))).toBe(422);
  });
});
