import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressNotice } from "../../site/src/components/addressNotice.ts";
import { parseState } from "../../site/src/model/state.ts";

const { window } = new JSDOM("<!doctype html><body></body>");
beforeAll(() => {
  Object.assign(globalThis, { document: window.document });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "document");
});

describe("addressNotice(params, language)", () => {
  it("says nothing when every parameter of the address was read", () => {
    expect(addressNotice(parseState(new URL("https://x/?page=partnerships&sort=partner&lang=en")).params, "en")).toBe(
      null,
    );
  });

  it("lists each parameter it could not read, with the reason, in the page's language", () => {
    const { params } = parseState(new URL("https://x/?page=partnerships&sort=evil&desc=yes"));
    const notice = addressNotice(params, "id")!;
    expect(notice.getAttribute("role")).toBe("status");
    expect(notice.querySelector("p")!.textContent).toContain("tidak dimengerti");
    const items = [...notice.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^sort: unknown sort key "evil"/),
      'desc: expected 1 or 0, found "yes"',
    ]);
  });
});
