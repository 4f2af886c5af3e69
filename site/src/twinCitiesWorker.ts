// Parses the worldwide twin-city pairs off the main thread, with the same library code as the CLI.
import { readTwinCities } from "../../src/dataset/twinCities.ts";

self.addEventListener("message", async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) throw new Error(`${event.data.url}: HTTP ${response.status}`);
    const { pairs, problems } = readTwinCities(await response.text());
    self.postMessage({ pairs, problems: problems.length });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
});
