/**
 * Data that a page hands to its client script, as JSON inside the HTML. The page embeds it with
 *   <script type="application/json" data-payload="map" set:html={embedJson(data satisfies MapClientData)} />
 * and the custom element reads it with readPayload<MapClientData>(this, 'map'). Each payload has one
 * exported type, next to the code that builds it. tests/unit/payload.test.ts keeps other files from
 * embedding or parsing payloads their own way.
 */

/** Characters that could end the script element or start markup, and two that old parsers treat as line ends. */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that is safe as the text of a <script type="application/json">: no "</script>" or "<!--" can
 * appear, because every <, > and & becomes a \u escape, which JSON.parse turns back into the character.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The payload `name` embedded under `root`; null when the page has none (the element then does nothing). */
export function readPayload<T>(root: ParentNode, name: string): T | null {
  const text = root.querySelector(`script[type="application/json"][data-payload="${name}"]`)?.textContent;
  return text ? (JSON.parse(text) as T) : null;
}
