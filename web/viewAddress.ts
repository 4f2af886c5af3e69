/**
 * The address of a view as a download or citation gives it: the site's public
 * address (`siteUrl`, set when the site is built: `VITE_SITE_URL=https://… npm
 * run build`) with the view's query; without one, the page's own address,
 * unless that is a local one (a loopback server, a file opened from a USB
 * stick), which means nothing on paper: then the view's query alone, which
 * opens the same view wherever the site is served.
 * @example viewAddress("http://127.0.0.1:4173/?page=compare&cases=a,b", "") // "?page=compare&cases=a,b"
 * @example viewAddress("http://127.0.0.1:4173/?page=world", "https://example.org/paradiplomacy/") // "https://example.org/paradiplomacy/?page=world"
 */
export function viewAddress(href: string, siteUrl = ""): string {
  const url = new URL(href);
  if (siteUrl) return `${siteUrl.replace(/\/?$/u, "/")}${url.search}`;
  const local = url.protocol === "file:" || /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/u.test(url.hostname);
  return local ? url.search || "?" : href;
}
