import { challenges } from "./challenges.ts";
import { duchacek } from "./duchacek.ts";
import { implementation } from "./implementation.ts";
import { motives } from "./motives.ts";
import { ringrose } from "./ringrose.ts";
import { stage } from "./stage.ts";
import { threeLayers } from "./threeLayers.ts";
import type { Framework } from "./types.ts";
import { zelinsky } from "./zelinsky.ts";

/**
 * Every framework of the toolkit, keyed by id, in the order they are shown.
 * The CLI, the codebook, the validator, the site and the tests all read this
 * registry, so a framework is described once.
 */
export const frameworks = {
  "three-layers": threeLayers,
  ringrose,
  stage,
  implementation,
  challenges,
  motives,
  duchacek,
  zelinsky,
} as const satisfies Record<string, Framework<any, any>>;

export type FrameworkId = keyof typeof frameworks;
export const FRAMEWORK_IDS = Object.keys(frameworks) as FrameworkId[];

/** Looks a framework up by id; unknown ids throw with the bad value. */
export function getFramework(id: string): Framework<unknown, any> {
  if (!(id in frameworks)) throw new Error(`unknown framework ${JSON.stringify(id)} (expected one of ${FRAMEWORK_IDS.join(", ")})`);
  return frameworks[id as FrameworkId] as Framework<unknown, any>;
}
