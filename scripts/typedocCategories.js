// A TypeDoc plugin: each export of the API reference goes under the area of the library it comes from, named by its
// folder in src/ (src/agreement → "Inter-coder agreement"), so that docs/api/ reads by topic and a new module's
// exports find their place with no tag to write. An export's own @category tag wins.
import { relative, sep } from "node:path";
import { Comment, CommentTag, Converter } from "typedoc";

/** The areas of the library, by folder of src/, in the order the reference shows them (typedoc.json's categoryOrder). */
export const AREAS = {
  dataset: "The dataset",
  node: "The dataset",
  validate: "Reading and validating",
  frameworks: "Frameworks",
  score: "Scoring and output",
  format: "Scoring and output",
  codebook: "Codebook",
  agreement: "Inter-coder agreement",
  reliability: "Inter-coder agreement",
  qca: "QCA",
  analysis: "Comparative analysis",
  statistics: "Statistics",
  charts: "Charts",
  ".": "Problems and languages",
};

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    const src = `${relative(process.cwd(), "src")}${sep}`;
    for (const module of project.children ?? [])
      for (const reflection of module.children ?? []) {
        const fileName = project.getSymbolIdFromReflection(reflection)?.fileName;
        if (fileName === undefined) continue;
        const path = relative(process.cwd(), fileName);
        if (!path.startsWith(src)) continue;
        const parts = path.slice(src.length).split(sep);
        const folder = parts.length > 1 ? parts[0] : ".";
        const area = AREAS[folder] ?? folder;
        reflection.comment ??= new Comment();
        if (reflection.comment.blockTags.some((tag) => tag.tag === "@category")) continue;
        reflection.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: area }]));
      }
  });
}
