/**
 * Where in the source a gemeente is named, for page text. Content files record the line numbers of
 * the plain-text extraction ("inleiding (regel 71)") for curators; readers get the section only.
 */
export function sourcePlace(where: string): string {
  return where
    .replace(/\s*\(regels? \d+(?:\s*[–-]\s*\d+)?\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
