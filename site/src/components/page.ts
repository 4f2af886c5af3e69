import { element } from "../../../web/dom.ts";
import { href, type Navigate, type SiteState } from "../model/state.ts";
import type { SiteData } from "../model/siteData.ts";

export type { SiteData } from "../model/siteData.ts";

/** What a page is given besides the state and the data. */
export interface PageContext {
  /** Width available for charts, in CSS pixels. */
  width: number;
  navigate: Navigate;
  /** Called when a page that loads its code on demand has been drawn in place of its placeholder. */
  onDrawn?: () => void;
}

/** A page: a function of the state and the data that wires components into an element. */
export type PageView = (state: SiteState, data: SiteData, context: PageContext) => HTMLElement;

/**
 * A page as the shell draws it: with the data once it has been read, or, before that (the first page, whose code is
 * fetched beside the data), with the promise of it. The overview draws its text at once and its charts once the data
 * has arrived; a page whose code loads on demand (`lazyPage`) waits for both.
 */
export type ShellView = (state: SiteState, data: SiteData | Promise<SiteData>, context: PageContext) => HTMLElement;

/**
 * A link to another view of the site: a real address (it opens in a new
 * tab, and can be copied), and on a plain click the site navigates without
 * reloading.
 */
export function stateLink(
  next: SiteState,
  text: string,
  navigate: Navigate,
  attributes: Record<string, string> = {},
): HTMLAnchorElement {
  const link = element("a", { text, attributes: { ...attributes, href: href(next) } });
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(next);
  });
  return link;
}
