import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale, cliFailure, root, startCli } from "./start-cli.js";
import { ONE_DATE_TIFF, saveResultGraph } from "./support.js";

describe("jobkit-mock CLI", () => {
  let cli: Awaited<ReturnType<typeof startCli>>;

  beforeAll(async () => {
    buildIfStale();
    cli = await startCli([
      "--timing",
      "virtual",
      "--seed",
      "5",
      "--user",
      "carol:secret:50",
      "--results-type",
      "Collection",
    ]);
  }, 60_000);

  afterAll(() => {
    if (cli?.child.exitCode === null) cli.child.kill("SIGKILL");
  });

  it("prints the URL and the demo credentials", () => {
    expect(cli.output()).toContain("timing: virtual");
    expect(cli.output()).toContain("carol / secret (credit 50); client carol-client / secret");
  });

  it("runs a batch job over real HTTP, steered through the control API, then stops on SIGTERM", async () => {
    const { url } = cli;
    const login = await fetch(`${url}/credentials/basic`, {
      headers: { Authorization: `Basic ${btoa("carol:secret")}` },
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
    const created = await fetch(`${url}/jobs`, {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph() }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBeNull();
    expect(created.headers.get("content-length")).toBe("0");
    const location = created.headers.get("location") as string;
    expect(location.startsWith(`${url}/jobs/j-`)).toBe(true);
    expect((await fetch(`${location}/results`, { method: "POST", headers })).status).toBe(202);
    await fetch(`${url}/_jobkit/clock/advance`, { method: "POST", body: JSON.stringify({ ms: 5000 }) });
    const results = (await (await fetch(`${location}/results`, { headers })).json()) as {
      type: string;
      assets: Record<string, { href: string; "file:size": number }>;
    };
    expect(results.type).toBe("Collection");
    const asset = results.assets[ONE_DATE_TIFF];
    expect(asset?.href.startsWith(`${url}/download/`)).toBe(true);
    const head = await fetch(asset?.href as string, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String(asset?.["file:size"]));
    const bytes = await (await fetch(asset?.href as string)).arrayBuffer();
    expect(bytes.byteLength).toBe(asset?.["file:size"]);

    await fetch(`${url}/_jobkit/faults`, {
      method: "POST",
      body: JSON.stringify({ match: { path: "/" }, times: 1, action: { type: "reset" } }),
    });
    await expect(fetch(`${url}/`)).rejects.toThrow();
    await fetch(`${url}/_jobkit/faults`, {
      method: "POST",
      body: JSON.stringify({
        match: { path: "/processes" },
        times: 1,
        action: { type: "truncate", bytes: 50 },
      }),
    });
    const truncated = await fetch(`${url}/processes`);
    expect(Number(truncated.headers.get("content-length"))).toBeGreaterThan(50);
    await expect(truncated.arrayBuffer()).rejects.toThrow();
    expect((await fetch(`${url}/`)).status).toBe(200);

    cli.child.kill("SIGTERM");
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(0);
    expect(cli.output()).toContain("SIGTERM received");
    expect(cli.output()).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it("listens on $PORT without --port, started through its bin/ launcher", async () => {
    const free = createServer().listen(0, "127.0.0.1");
    await once(free, "listening");
    const { port } = free.address() as AddressInfo;
    await new Promise((resolve) => free.close(resolve));
    const started = await startCli([], {
      env: { ...process.env, PORT: String(port) },
      entry: "bin/jobkit-mock.js",
      port: [],
    });
    started.child.kill("SIGTERM");
    await once(started.child, "exit");
    expect(started.url).toBe(`http://127.0.0.1:${port}`);
  });

  it("stops when its standard input ends with --exit-with-stdin", async () => {
    const child = spawn(process.execPath, ["dist/cli.js", "--port", "0", "--exit-with-stdin"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    try {
      const deadline = Date.now() + 10_000;
      while (!output.includes("control API") && Date.now() < deadline && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 25));
      expect(child.exitCode).toBeNull();
      child.stdin.end();
      const [code] = await Promise.race([
        once(child, "exit"),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(output)), 10_000)),
      ]);
      expect(code).toBe(0);
      expect(output).toContain("jobkit-mock: standard input ended, shutting down.");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 30_000);

  // one Node process per case: up to a few seconds each on a loaded machine
  it("exits with 2 and one line naming the flag on a bad option", () => {
    const cases: [string[], string][] = [
      [["--timing", "sometimes", "--port", "0"], "jobkit-mock: --timing must be wall, virtual or poll"],
      [["--port", "70000"], "jobkit-mock: --port needs 0 to 65535, got 70000."],
      [
        ["--results-type", "Feature", "--port", "0"],
        "jobkit-mock: --results-type must be Item or Collection, got Feature.",
      ],
      [["--host", "0.0.0.0", "--port", "0"], "beyond loopback) needs --control-token"],
      [
        ["--control-token", "short", "--port", "0"],
        "jobkit-mock: --control-token needs at least 8 characters.",
      ],
      [["--max-jobs", "0", "--port", "0"], "jobkit-mock: --max-jobs must be a whole number ≥ 1, got 0."],
      [
        ["--max-cube-cells", "0", "--port", "0"],
        "jobkit-mock: --max-cube-cells must be a whole number ≥ 1, got 0.",
      ],
      [
        ["--max-body", "16MB", "--port", "0"],
        'jobkit-mock: --max-body needs a size such as 512KiB, 16MiB or 1GiB (a bare number is bytes), got "16MB".',
      ],
      [[], 'jobkit-mock: --port (from $PORT) needs a non-negative integer, got "eighty".'],
    ];
    for (const [args, message] of cases) {
      let status = 0;
      let stderr = "";
      try {
        execFileSync(process.execPath, ["dist/cli.js", ...args], {
          cwd: root,
          stdio: "pipe",
          env: { ...process.env, PORT: "eighty" },
          timeout: 10_000,
        });
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status, args.join(" ")).toBe(2);
      expect(stderr, args.join(" ")).toContain(message);
      expect(stderr, args.join(" ")).not.toContain("Usage: jobkit-mock");
      expect(stderr, args.join(" ")).toMatch(/\nRun `jobkit-mock --help` for the options\.\n$/);
    }
  }, 30_000); // five CLI starts, each loading the whole mock

  it("accepts request bodies up to --max-body, and answers 413 PayloadTooLarge above, storing nothing", async () => {
    const started = await startCli(["--max-body", "512KiB"]);
    try {
      const login = await fetch(`${started.url}/credentials/basic`, {
        headers: { Authorization: `Basic ${btoa("alice:alice123")}` },
      });
      const { access_token: token } = (await login.json()) as { access_token: string };
      const headers = { Authorization: `Bearer basic//${token}`, "Content-Type": "application/json" };
      const post = (descriptionBytes: number) =>
        fetch(`${started.url}/jobs`, {
          method: "POST",
          headers,
          body: JSON.stringify({ process: saveResultGraph(), description: "x".repeat(descriptionBytes) }),
        });
      const over = await post(512 * 1024);
      expect(over.status).toBe(413);
      expect(((await over.json()) as { code: string }).code).toBe("PayloadTooLarge");
      const jobs = await (await fetch(`${started.url}/jobs`, { headers })).json();
      expect((jobs as { jobs: unknown[] }).jobs).toEqual([]);
      expect((await post(400 * 1024)).status).toBe(201);
    } finally {
      started.child.kill("SIGTERM");
    }
  }, 30_000);

  it("serves the collections of --catalog files, pages concatenated", async () => {
    const folder = mkdtempSync(join(tmpdir(), "jobkit-cli-catalog-"));
    const secondPage = join(folder, "page-2.json");
    const extra = {
      stac_version: "1.0.0",
      id: "EXTRA",
      description: "A second page's collection.",
      license: "proprietary",
      extent: { spatial: { bbox: [[0, 0, 1, 1]] }, temporal: { interval: [[null, null]] } },
      links: [],
    };
    writeFileSync(secondPage, JSON.stringify({ collections: [extra], links: [] }));
    const saved = "test/fixtures/openeo-driver-collections.json";
    const started = await startCli(["--catalog", saved, "--catalog", secondPage]);
    try {
      const listed = (await (await fetch(`${started.url}/collections`)).json()) as {
        collections: { id: string }[];
      };
      expect(listed.collections.map((collection) => collection.id).slice(-2)).toEqual([
        "S2_FAIL_VERIFY_FOR_SYNC_PROCESSING",
        "EXTRA",
      ]);
      expect(listed.collections).toHaveLength(10);
    } finally {
      started.child.kill("SIGTERM");
    }
  }, 30_000);

  it("exits with 2 naming the JSON path when a --catalog file is bad", () => {
    const folder = mkdtempSync(join(tmpdir(), "jobkit-cli-catalog-"));
    const file = join(folder, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ collections: [{ id: "A", extent: { spatial: { bbox: [[1, 2]] } } }] }),
    );
    const { status, stderr } = cliFailure(["--port", "0", "--catalog", file]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${file}: collections[0].extent.spatial.bbox[0]: expected 4 or 6 numbers`);
    expect(stderr).toContain("nothing was loaded");
  }, 15_000);
});
