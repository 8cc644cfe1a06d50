/** One key per set of scopes, whatever their order or case: tokens are cached per set. */
export function scopeSetKey(scopes: readonly string[] | undefined): string {
  return scopes === undefined ? '(default)' : [...new Set(scopes.map((scope) => scope.toLowerCase()))].sort().join(' ');
}
