import type { Plugin } from "vite";

/**
 * The one Content-Security-Policy of every built page, the site's and the notebooks': only the site's own files
 * (scripts, styles, images, workers, fonts, requests); inline styles for the charts' attributes, `data:` and `blob:`
 * images and workers for the downloads and the workers Vite builds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Writes the policy into the head of every page Vite builds or serves. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "paradiplomacy:content-security-policy",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
