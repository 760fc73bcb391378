/** The value as a page or file would hand it over: through JSON text and back (dates become strings, etc.). */
export function jsonRoundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
