import type { DraftDocument } from "../../../src/workbench/codePassage.ts";
import { passagesSignature, type PlacedPassage } from "../../../src/workbench/placeCodings.ts";
import { element } from "../../../web/dom.ts";

/** Options of {@link documentPages}. */
export interface DocumentPagesOptions {
  /** A page's number as shown above it (`p. 12`), for documents with pages. */
  pageLabel: (page: number) => string;
  /** The mark of a coded passage's text (or of the part of it on one page). */
  mark: (text: string, passage: PlacedPassage) => HTMLElement;
  /** How many pages are built and put on the page in one task (default 4). */
  pagesPerTask?: number;
}

/** The pages of the document shown in a viewer; see {@link documentPages}. */
export interface DocumentPages {
  /** Draws a document with its coded passages (cut where they overlap), or, for the document drawn, its changed marks. */
  draw: (item: DraftDocument, passages: PlacedPassage[]) => void;
  /** Forgets the document drawn (the viewer shows something else). */
  clear: () => void;
}

/**
 * A document's text in a viewer, page by page (a `section.page` each, its
 * number above it, its text in a `.page-text` whose `data-start` is its
 * offset in the document), coded passages as marks. A long document stays
 * light: its pages are built and put on the page a few a task, so that the
 * page stays responsive while it fills (a page off screen is then not laid
 * out until it is scrolled to: `content-visibility: auto`); and the same
 * document drawn again (a passage coded, a quote edited) has only the pages
 * whose marks changed replaced, so that the reader stays where they were.
 * Text from the document is only ever set as text.
 */
export function documentPages(viewer: HTMLElement, options: DocumentPagesOptions): DocumentPages {
  const { pageLabel, mark, pagesPerTask = 4 } = options;
  /** The document drawn: the pages built so far, and for each page what its marks show. */
  let drawn: { item: DraftDocument; pages: HTMLElement[]; marked: string[]; passages: PlacedPassage[] } | undefined;
  let drawings = 0;

  /** The text of a page (from `start` to `end`) as text nodes, coded passages as marks. */
  const pageBody = (text: string, start: number, end: number, passages: readonly PlacedPassage[]) => {
    const body = element("div", { className: "page-text", attributes: { "data-start": String(start) } });
    let at = start;
    for (const passage of passages) {
      const from = Math.max(passage.start, at);
      const to = Math.min(passage.end, end);
      if (to <= from) continue;
      if (from > at) body.append(document.createTextNode(text.slice(at, from)));
      body.append(mark(text.slice(from, to), passage));
      at = to;
    }
    if (at < end) body.append(document.createTextNode(text.slice(at, end)));
    return body;
  };

  const draw = (item: DraftDocument, passages: PlacedPassage[]) => {
    const { text, pageStarts } = item.document;
    const starts = pageStarts.length > 0 ? pageStarts : [0];
    const ends = starts.map((_, index) => (index + 1 < starts.length ? starts[index + 1]! - 1 : text.length));
    const marked = starts.map((start, index) =>
      passagesSignature(passages.filter((passage) => passage.start < ends[index]! && passage.end > start)),
    );
    if (drawn?.item === item) {
      const before = drawn;
      before.pages.forEach((page, index) => {
        if (marked[index] !== before.marked[index])
          page.lastElementChild!.replaceWith(pageBody(text, starts[index]!, ends[index]!, passages));
      });
      // The pages not built yet are built with these passages.
      before.marked = marked;
      before.passages = passages;
      return;
    }
    const current = { item, pages: [] as HTMLElement[], marked, passages };
    drawn = current;
    const drawing = ++drawings;
    const appendPages = () => {
      if (drawing !== drawings) return;
      const from = current.pages.length;
      const pages = starts
        .slice(from, from + pagesPerTask)
        .map((start, offset) =>
          element("section", { className: "page", attributes: { "data-page": String(from + offset + 1) } }, [
            ...(pageStarts.length > 0
              ? [element("h5", { className: "page-number", text: pageLabel(from + offset + 1) })]
              : []),
            pageBody(text, start, ends[from + offset]!, current.passages),
          ]),
        );
      current.pages.push(...pages);
      viewer.append(...pages);
      if (current.pages.length < starts.length) setTimeout(appendPages, 0);
    };
    viewer.replaceChildren();
    appendPages();
  };

  return {
    draw,
    clear: () => {
      drawn = undefined;
      drawings++;
    },
  };
}
