import { previewSite } from "/work/main/test/e2e/previewSite.ts";
import { launchChromium } from "/work/main/test/e2e/browser.ts";
const server = await previewSite("/work/main", { build: false });
const browser = await launchChromium();
const pages = [
  "./",
  "?page=codebook",
  "?page=partnerships",
  "?page=case&id=jawa-barat-souss-massa",
  "?page=case&id=denpasar-mossel-bay",
  "?page=case&id=bandung-liuzhou",
  "?page=compare&cases=denpasar-mossel-bay,bandung-liuzhou",
  "?page=world",
  "?page=data",
  "?page=qca",
  "?page=agreement",
  "?page=notebooks",
  "?page=present",
];
for (const p of pages) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + p);
  await page.waitForTimeout(2500);
  const text = await page.locator("body").innerText();
  const lines = text
    .split("\n")
    .filter((l) => /\b(the|of|and|is|with|not|by|for)\b/i.test(l) && !/^[“"]/.test(l.trim()));
  console.log("==", p, lines.length);
  for (const l of lines.slice(0, 8)) console.log("   ", l.slice(0, 160));
  await page.close();
}
await browser.close();
await server.close();
