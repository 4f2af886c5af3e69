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
 * Frameworks keyed by id, in the order they are shown. Every function that
 * scores, writes or shows results takes a registry (by default the
 * toolkit's own), so a framework is described once, in its module.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each framework has its own result, options and aggregate types
export type Registry = Readonly<Record<string, Framework<any, any, any>>>;

/** Every framework of the toolkit. */
export const frameworks = {
  "three-layers": threeLayers,
  ringrose,
  stage,
  implementation,
  challenges,
  motives,
  duchacek,
  zelinsky,
} as const satisfies Registry;

export type FrameworkId = keyof typeof frameworks;
/** The frameworks' ids, in the registry's order (the order of every output's columns). */
export const FRAMEWORK_IDS = Object.keys(frameworks) as FrameworkId[];

/** The result type of a registry's framework. */
export type ResultOf<F> = F extends Framework<infer Result, infer _Options, infer _Aggregate> ? Result : never;
/** The aggregate type of a registry's framework. */
export type AggregateOf<F> = F extends Framework<infer _Result, infer _Options, infer Aggregate> ? Aggregate : never;
/** The options of each framework of a registry, keyed by framework id. */
export type RegistryOptions<R extends Registry> = {
  [Id in keyof R]?: R[Id] extends Framework<infer _Result, infer Options, infer _Aggregate> ? Partial<Options> : never;
};
