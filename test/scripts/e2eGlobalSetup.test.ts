import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TestProject } from "vitest/node";

// The end-to-end setup (test/e2e/globalSetup.ts) with its Chromium, build and preview server replaced by recorders:
// whatever it started, it stops again, whichever step fails.
const started = vi.hoisted(() => ({ events: [] as string[], failAt: "" }));

vi.mock("../../scripts/chromium.ts", () => ({
  launchChromiumServer: async () => {
    if (started.failAt === "chromium") throw new Error("Chromium could not start from /nowhere");
    started.events.push("chromium started");
    return {
      wsEndpoint: () => "ws://127.0.0.1:1/chromium",
      close: async () => {
        started.events.push("chromium closed");
        if (started.failAt === "chromium close") throw new Error("Chromium had already gone");
      },
    };
  },
}));
vi.mock("../../scripts/previewSite.ts", () => ({
  buildSite: async () => {
    if (started.failAt === "build") throw new Error("the build failed");
    started.events.push("site built");
  },
  previewSite: async () => {
    if (started.failAt === "preview") throw new Error("the port is taken");
    started.events.push("server started");
    return { url: "http://127.0.0.1:2/", close: async () => void started.events.push("server closed") };
  },
}));

const { default: setup } = await import("../e2e/globalSetup.ts");
const project = { provide: vi.fn() } as unknown as TestProject;

beforeEach(() => {
  started.events = [];
  started.failAt = "";
});

describe("the end-to-end global setup", () => {
  it("fails before building anything when Chromium cannot start", async () => {
    started.failAt = "chromium";
    await expect(setup(project)).rejects.toThrow("Chromium could not start from /nowhere");
    expect(started.events).toEqual([]);
  });

  it.each(["build", "preview"])("closes Chromium when the %s fails", async (step) => {
    started.failAt = step;
    await expect(setup(project)).rejects.toThrow();
    expect(started.events.at(-1)).toBe("chromium closed");
    expect(started.events).not.toContain("server started");
  });

  it("closes the preview server after the tests, even when Chromium's close fails", async () => {
    started.failAt = "chromium close";
    const teardown = await setup(project);
    expect(project.provide).toHaveBeenCalledWith("siteUrl", "http://127.0.0.1:2/");
    await expect(teardown()).rejects.toThrow("Chromium had already gone");
    expect(started.events).toEqual([
      "chromium started",
      "site built",
      "server started",
      "chromium closed",
      "server closed",
    ]);
  });
});
