/** The address of a view as a download or citation gives it (`viewAddress`). */
export interface ViewAddress {
  /** The public address of the view, or, for a local copy, the view's query alone (`?page=…`). */
  address: string;
  /** True when the page was opened from a local copy (a loopback server, a file) and no public address was set. */
  local: boolean;
}

/**
 * The address of a view as a download or citation gives it: the site's public
 * address (`siteUrl`, set when the site is built: `VITE_SITE_URL=https://… npm
 * run build`) with the view's query; without one, the page's own address,
 * unless that is a local one (a loopback server, a file opened from a USB
 * stick), which means nothing on paper: then the view's query alone, which
 * opens the same view wherever the site is served, marked `local` so that the
 * citation says where it was read.
 * @example viewAddress("http://127.0.0.1:4173/?page=compare&cases=a,b", "") // {address: "?page=compare&cases=a,b", local: true}
 * @example viewAddress("http://127.0.0.1:4173/?page=world", "https://example.org/paradiplomacy/") // {address: "https://example.org/paradiplomacy/?page=world", local: false}
 * @example viewAddress("https://example.org/site/?page=world", "") // {address: "https://example.org/site/?page=world", local: false}
 */
export function viewAddress(href: string, siteUrl = ""): ViewAddress {
  const url = new URL(href);
  if (siteUrl) return { address: `${siteUrl.replace(/\/?$/u, "/")}${url.search}`, local: false };
  const local = url.protocol === "file:" || /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/u.test(url.hostname);
  return local ? { address: url.search || "?", local: true } : { address: href, local: false };
}
