import { describe, expect, it } from "vitest";
import { countOnce } from "./list-total";

function deferred() {
  let resolve!: (n: number) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("countOnce", () => {
  it("shares one running count among the requests that need it, then counts afresh", async () => {
    const first = deferred();
    let counts = 0;
    const count = () => {
      counts++;
      return first.promise;
    };
    const a = countOnce("cardiologist|pune", "41", count);
    const b = countOnce("cardiologist|pune", "41", count);
    first.resolve(447);
    expect(await Promise.all([a, b])).toEqual([447, 447]);
    expect(counts).toBe(1);
    expect(await countOnce("cardiologist|pune", "41", async () => 448)).toBe(448);
  });

  it("keeps counts of other filters and other list versions apart", async () => {
    const slow = deferred();
    const pending = countOnce("all", "41", () => slow.promise);
    expect(await countOnce("all", "42", async () => 100_081)).toBe(100_081);
    expect(await countOnce("dermatologist|", "41", async () => 12)).toBe(12);
    slow.resolve(100_080);
    expect(await pending).toBe(100_080);
  });

  it("hands a failed count to everyone waiting, and the next request tries again", async () => {
    const failing = deferred();
    const a = countOnce("all", "7", () => failing.promise);
    const b = countOnce("all", "7", () => failing.promise);
    failing.reject(new Error("connection lost"));
    await expect(a).rejects.toThrow("connection lost");
    await expect(b).rejects.toThrow("connection lost");
    expect(await countOnce("all", "7", async () => 5)).toBe(5);
  });
});
