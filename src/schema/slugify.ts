/**
 * Turns a name into an id: lower case, accents removed, words joined by hyphens.
 * @example slugify("Brighton & Hove") // "brighton-hove"
 */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
