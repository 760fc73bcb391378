/**
 * The one DOM query helper of the custom elements: an element the markup must contain. A missing one
 * is a bug in the page, so it throws with the selector instead of failing later on null.
 */
export function $<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`${(root as Partial<Element>).localName ?? 'document'}: missing ${selector}`);
  return el;
}
