import { describe, expect, it } from "vitest";
import { withoutProse } from "./without-prose.js";

describe("withoutProse", () => {
  it("drops descriptions, titles and examples at every depth", () => {
    const schema = {
      type: "array",
      title: "Bands",
      items: {
        anyOf: [
          { type: "string", description: "A name." },
          { type: "integer", examples: [1] },
        ],
      },
    };
    expect(withoutProse(schema)).toEqual({
      type: "array",
      items: { anyOf: [{ type: "string" }, { type: "integer" }] },
    });
  });

  it("keeps a property that is called title or description", () => {
    const schema = { type: "object", properties: { title: { type: "string", description: "Its title." } } };
    expect(withoutProse(schema)).toEqual({ type: "object", properties: { title: { type: "string" } } });
  });
});
