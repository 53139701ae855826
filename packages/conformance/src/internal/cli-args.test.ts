import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UNKNOWN_COLLECTION } from "./choose-process.js";
import { parseCli, USAGE } from "./cli-args.js";

describe("parseCli", () => {
  it("turns flags into run options, with budgets in seconds and lists split on commas", () => {
    const command = parseCli([
      "--url",
      "https://openeo.test/1.2",
      "--user",
      "me",
      "--password",
      "pw",
      "--second-user",
      "you:p:w",
      "--only",
      "L1B,#891",
      "--only",
      "sync",
      "--skip",
      "downloads.*",
      "--require",
      "jobkit,L2",
      "--timeout",
      "90",
      "--job-timeout",
      "2.5",
      "--poll-interval",
      "200ms",
      "--reporter",
      "junit",
      "--output",
      "out.xml",
    ]);
    expect(command).toEqual({
      kind: "run",
      console: true,
      heartbeatMs: 10_000,
      reports: [{ name: "junit", file: "out.xml" }],
      options: {
        url: "https://openeo.test/1.2",
        user: "me",
        password: "pw",
        secondUser: { user: "you", password: "p:w" },
        only: ["L1B", "#891", "sync"],
        skip: ["downloads.*"],
        require: ["jobkit", "L2"],
        timeoutMs: 90_000,
        jobTimeoutMs: 2500,
        pollIntervalMs: 200,
      },
    });
  });

  it("reads process graphs from files", () => {
    const dir = mkdtempSync(join(tmpdir(), "jobkit-cli-args-"));
    const file = join(dir, "graph.json");
    writeFileSync(
      file,
      JSON.stringify({ process_graph: { a: { process_id: "x", arguments: {}, result: true } } }),
    );
    expect(parseCli(["--process", file]).options.process).toEqual({
      process_graph: { a: { process_id: "x", arguments: {}, result: true } },
    });
    writeFileSync(file, "{ nope");
    expect(() => parseCli(["--process", file])).toThrow(/--process .* is not JSON/);
    writeFileSync(file, "[3]");
    expect(() => parseCli(["--process", file])).toThrow(/--process .*graph\.json is not a process/);
    expect(() => parseCli(["--failing-process", join(dir, "absent.json")])).toThrow(
      /ENOENT; give a readable JSON file/,
    );
  });

  it("takes several reporters in one run, each to its own file, and --output for the one without", () => {
    const command = parseCli([
      "--reporter",
      "console",
      "--reporter",
      "junit=out.xml",
      "--reporter",
      "html=out.html",
      "--reporter",
      "json",
      "--output",
      "out.json",
    ]);
    expect({ console: command.console, reports: command.reports }).toEqual({
      console: true,
      reports: [
        { name: "junit", file: "out.xml" },
        { name: "html", file: "out.html" },
        { name: "json", file: "out.json" },
      ],
    });
    expect(parseCli(["--reporter", "json"])).toMatchObject({ console: false, reports: [{ name: "json" }] });
    expect(parseCli([])).toMatchObject({ console: true, reports: [] });
  });

  it("refuses contradictions and nonsense with a message that says what to do", () => {
    expect(() => parseCli(["--reporter", "pdf"])).toThrow(/--reporter must be console, json, junit or html/);
    expect(() => parseCli(["--output", "x.txt"])).toThrow(
      /--output needs exactly one --reporter json, junit or html/,
    );
    expect(() => parseCli(["--reporter", "json", "--reporter", "html"])).toThrow(
      /only one report can go to stdout, but json and html have no file/,
    );
    expect(() => parseCli(["--reporter", "console", "--reporter", "json"])).toThrow(
      /cannot both write to stdout/,
    );
    expect(() => parseCli(["--reporter", "junit="])).toThrow(/needs a file name after =/);
    expect(() => parseCli(["--url", "http://x", "--user", "me"])).toThrow(
      /--user and --password go together/,
    );
    expect(() => parseCli(["--url", "http://x", "--token", "t", "--user", "me", "--password", "p"])).toThrow(
      /not both/,
    );
    expect(() => parseCli(["--user", "me", "--password", "p"])).toThrow(/credentials without --url/);
    expect(() => parseCli(["--timeout", "soon"])).toThrow(
      /--timeout needs a duration of at least 1ms such as 500ms, 30s or 2m \(a bare number is seconds\), got "soon"/,
    );
    expect(() => parseCli(["--poll-interval", "0.0001"])).toThrow(
      /--poll-interval needs a duration of at least 1ms .*, got "0.0001"/,
    );
    expect(() => parseCli(["--second-user", "nobody"])).toThrow(/--second-user needs NAME:PASSWORD/);
    expect(() => parseCli(["--colour"])).toThrow(/^jobkit-conformance: unknown option --colour$/);
    expect(() => parseCli(["extra"])).toThrow(/unexpected argument "extra"/);
  });

  it("redacts by default; --no-redact turns it off", () => {
    expect(parseCli([]).options.redact).toBeUndefined();
    expect(parseCli(["--no-redact"]).options.redact).toBe(false);
  });

  it("knows --help and --list", () => {
    expect(parseCli(["--help"]).kind).toBe("help");
    expect(parseCli(["--list"]).kind).toBe("list");
  });
});

describe("USAGE", () => {
  it("names the unknown collection the failing job loads by default, as the run sends it", () => {
    expect(USAGE).toContain(`loading the unknown collection ${UNKNOWN_COLLECTION}`);
    expect(USAGE).not.toContain("NOT_A_COLLECTION");
  });
});
