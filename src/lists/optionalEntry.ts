/**
 * `{ [key]: value }` when there is a value, `{}` otherwise: spread it into an object
 * literal to fill an optional property under `exactOptionalPropertyTypes`, which
 * forbids writing `undefined` into it.
 */
export function optionalEntry<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
