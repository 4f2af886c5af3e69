import type { AnalysisRequest, AnalysisResponse } from "./analysisWorker.ts";

/** Runs an analysis in a fresh Web Worker and resolves with its answer; the worker ends with it. */
export function runAnalysis(request: AnalysisRequest): Promise<AnalysisResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./analysisWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ type: "error", message: event.message || "the analysis failed" });
    };
    worker.postMessage(request);
  });
}
