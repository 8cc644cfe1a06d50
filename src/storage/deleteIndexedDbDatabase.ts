/**
 * Deletes an IndexedDB database. Open connections of this app close themselves on the
 * `versionchange` event (see createIndexedDbKeyValueStore), so the deletion is not left
 * blocked by another tab of the app. Resolves once the database is gone; rejects when
 * the browser refuses, so that a caller promising "nothing is left" never says so falsely.
 */
export function deleteIndexedDbDatabase(name: string, factory: IDBFactory | undefined = (globalThis as { indexedDB?: IDBFactory }).indexedDB): Promise<void> {
  // Without IndexedDB nothing was ever stored durably.
  if (factory === undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB database ${name} could not be deleted`));
  });
}
