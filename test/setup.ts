import { afterAll } from "vitest";
import { removeTemporaryFolders } from "./temporaryFolders.ts";

// Every test file removes the temporary folders its tests made.
afterAll(removeTemporaryFolders);
