import { element } from "../../../web/dom.ts";
import type { PageView, ShellView } from "./page.ts";
import { nextTask } from "./nextTask.ts";
import { whenFirstPainted } from "./whenFirstPainted.ts";

/**
 * A page whose code loads on demand, so that the first page carries only its own. The first time (or while the data
 * is still being read), a placeholder that the page replaces once its module and the data have arrived (then
 * `context.onDrawn` is called); from then on the page is drawn at once, like any other, so that redrawing it (sorting,
 * filtering) keeps the focus where it was.
 */
export function lazyPage(load: () => Promise<PageView>): ShellView {
  const loaded: { page?: PageView; loading?: Promise<PageView> } = {};
  const loading = () => (loaded.loading ??= load());
  const view: ShellView = (state, data, context) => {
    if (loaded.page !== undefined && !(data instanceof Promise)) return loaded.page(state, data, context);
    const holder = element("div", { className: "lazy", attributes: { "aria-busy": "true" } });
    // The first page (the data still to be read) fetches its code once the site's header has been painted, beside
    // the data (main.ts), so that neither holds back that paint.
    Promise.all([data instanceof Promise ? whenFirstPainted().then(loading) : loading(), data]).then(
      async ([page, read]) => {
        loaded.page = page;
        // In a task of its own, not in the one that read the data.
        await nextTask();
        // The reader may have moved on to another page meanwhile.
        if (!holder.isConnected) return;
        holder.replaceWith(page(state, read, context));
        context.onDrawn?.();
      },
      (error: Error) => {
        holder.removeAttribute("aria-busy");
        holder.replaceChildren(element("p", { className: "error", text: error.message }));
      },
    );
    return holder;
  };
  return view;
}
