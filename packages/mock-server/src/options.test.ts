import { describe, expect, it } from "vitest";
import { FaultInvalidError, MockOptionsError } from "./mock-error.js";
import { resolveOptions } from "./options.js";

describe("resolveOptions", () => {
  it("fills in the documented defaults", () => {
    const options = resolveOptions();
    expect(options).toMatchObject({
      seed: 1,
      timing: { mode: "wall", queuedMs: 1000, runningMs: 3000 },
      results: { type: "Item", linkTtlMs: 3_600_000, largeAssetBytes: undefined },
      restartFinished: true,
      cancelQueued: "created",
      maxBodyBytes: 16 * 1024 * 1024,
    });
    expect(options.users.map((u) => `${u.name}:${u.credit}`)).toEqual(["alice:1000", "bob:1000", "broke:0"]);
  });

  it("refuses wrong options with MockOptionsError naming the option", () => {
    const cases: [Parameters<typeof resolveOptions>[0], RegExp][] = [
      [{ seed: 1.5 }, /seed/],
      [{ timing: { mode: "fast" as "wall" } }, /timing\.mode/],
      [{ timing: { mode: "virtual", runningMs: -1 } }, /timing\.runningMs/],
      [{ baseUrl: "not a url" }, /baseUrl/],
      [{ results: { type: "Catalog" as "Item" } }, /results\.type/],
      [{ cancelQueued: "deleted" as "created" }, /cancelQueued/],
      [{ users: [{ name: "a:b", password: "x" }] }, /user name/],
      [{ users: [{ name: "a", password: "" }] }, /password/],
      [
        {
          users: [
            { name: "a", password: "x" },
            { name: "a", password: "y" },
          ],
        },
        /unique/,
      ],
      [{ faults: [{ action: { type: "explode" } as never }] }, /faults\[0\]: .*action\.type/],
    ];
    for (const [options, message] of cases) {
      expect(() => resolveOptions(options)).toThrow(MockOptionsError);
      expect(() => resolveOptions(options)).toThrow(message);
    }
  });

  it("keeps a bad fault's FaultInvalidError as the cause", () => {
    let error: unknown;
    try {
      resolveOptions({ faults: [{ action: { type: "explode" } as never }] });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MockOptionsError);
    expect((error as MockOptionsError).cause).toBeInstanceOf(FaultInvalidError);
  });
});
