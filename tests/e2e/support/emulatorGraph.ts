/** Graph calls straight to the emulator as a demo user: test set-up and checks, outside the tab. */
export type GraphCall = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

/** A Graph caller for `upn` against the emulator at `emulatorUrl` (dev token fetched once). */
export async function graphAs(emulatorUrl: string, upn: string): Promise<GraphCall> {
  const tokenResponse = await fetch(`${emulatorUrl}/emulator/token?user=${encodeURIComponent(upn)}`);
  if (!tokenResponse.ok) throw new Error(`no dev token for ${upn}: ${tokenResponse.status}`);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  return async (method, path, body) => {
    const response = await fetch(`${emulatorUrl}/graph/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Path of a list's items on the demo site, by display name. */
export function itemsPath(list: string): string {
  return `/sites/contoso.sharepoint.com:/sites/ivho:/lists/${encodeURIComponent(list)}/items`;
}
