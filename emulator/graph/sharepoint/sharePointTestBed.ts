import type { ListSchema } from '../../../src/lists/listSchema';
import type { EmulatorUser, GraphRequest, GraphResponse } from '../graphTypes';
import { openEmulatorStore } from '../store/openEmulatorStore';
import type { EmulatorStore } from '../store/openEmulatorStore';
import { SiteSecurity } from '../../sharepoint/security/SiteSecurity';
import { createSharePointHandler } from './createSharePointHandler';
import type { SharePointHandlerOptions } from './createSharePointHandler';

/** Test-only: a list exercising every column kind the emulator supports. */
export const SAMPLE_LIST: ListSchema = {
  displayName: 'Samples',
  description: 'Every column kind',
  confidential: false,
  columns: [
    { name: 'Code', text: { maxLength: 20 }, indexed: true, required: true, enforceUniqueValues: true },
    { name: 'Notes', text: { allowMultipleLines: true } },
    { name: 'Colour', choice: { choices: ['red', 'green', 'blue'] }, indexed: true },
    { name: 'Tags', choice: { choices: ['a', 'b', 'c'], displayAs: 'checkBoxes' }, indexed: true },
    { name: 'Free', choice: { choices: ['x'], allowTextEntry: true } },
    { name: 'Score', number: { minimum: 1, maximum: 4 }, indexed: true },
    { name: 'Due', dateTime: { format: 'dateTime' }, indexed: true },
    { name: 'Done', boolean: {}, indexed: true },
    { name: 'Link', hyperlinkOrPicture: { isPicture: false } },
    { name: 'Owner', personOrGroup: { chooseFromType: 'peopleOnly' } },
    { name: 'Unindexed', text: {} },
  ],
};

/** Test-only: a user of the tenant; what they may do comes from the groups the test bed puts them in. */
export function testUser(id: string, userType: EmulatorUser['userType'] = 'Member'): EmulatorUser {
  return { id, userPrincipalName: `${id}@contoso.test`, displayName: `User ${id}`, mail: `${id}@contoso.test`, userType };
}

/** In the site's Owners group (Full Control): the default caller. */
export const WRITER = testUser('writer');
/** In the site's Members group (Edit). */
export const MEMBER = testUser('member');
/** A guest in the site's Members group. */
export const GUEST = testUser('guest', 'Guest');
/** In the site's Visitors group (Read). */
export const READER = testUser('reader');
/** A member of the tenant in no group of the site. */
export const STRANGER = testUser('stranger');
/** A site collection administrator in no group. */
export const SITE_ADMIN = testUser('site-admin');

/** Options of one {@link TestBed.call}. */
export interface CallOptions {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly user?: EmulatorUser;
}

/** Test-only: an in-memory store with one site and {@link SAMPLE_LIST}, and a way to call the handler. */
export interface TestBed {
  readonly store: EmulatorStore;
  readonly siteId: string;
  readonly listId: string;
  /** Items path of the sample list, `/sites/{id}/lists/{id}/items`. */
  readonly itemsPath: string;
  /** Calls the handler; `path` may carry a query string. */
  call(method: GraphRequest['method'], path: string, options?: CallOptions): Promise<GraphResponse>;
  /** Creates an item through POST as the writer and returns its id. */
  createItem(fields: Record<string, unknown>): Promise<string>;
  /** Moves the store clock forward. */
  advanceClock(ms: number): void;
  /** The site's permissions, to change them as SharePoint REST would. */
  security(): SiteSecurity;
}

/** Test-only: builds a {@link TestBed}. */
export function createTestBed(options: SharePointHandlerOptions = {}): TestBed {
  let clock = Date.parse('2026-01-05T10:00:00Z');
  const store = openEmulatorStore(':memory:', { now: () => new Date(clock) });
  const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
  const listId = store.ensureList(siteId, SAMPLE_LIST);
  const security = (): SiteSecurity => {
    const site = store.tables.findSiteById(siteId);
    if (site === undefined) throw new Error('the test bed lost its site');
    return SiteSecurity.of(store.tables, site);
  };
  const groups = security().associatedGroups;
  security().addGroupMember(groups.owners.id, WRITER.id);
  security().addGroupMember(groups.members.id, MEMBER.id);
  security().addGroupMember(groups.members.id, GUEST.id);
  security().addGroupMember(groups.visitors.id, READER.id);
  security().setSiteCollectionAdmins([SITE_ADMIN.id]);
  const handler = createSharePointHandler(store, options);
  const call: TestBed['call'] = (method, path, callOptions = {}) => {
    const [pathname = '', search = ''] = path.split('?');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(callOptions.headers ?? {})) headers[name.toLowerCase()] = value;
    return handler({
      method,
      path: pathname,
      query: new URLSearchParams(search),
      headers,
      body: callOptions.body,
      caller: { user: callOptions.user ?? WRITER, scopes: ['Sites.ReadWrite.All'] },
    });
  };
  const itemsPath = `/sites/${siteId}/lists/${listId}/items`;
  return {
    store,
    siteId,
    listId,
    itemsPath,
    call,
    createItem: async (fields) => {
      const response = await call('POST', itemsPath, { body: { fields } });
      if (response.status !== 201) throw new Error(`create failed: ${JSON.stringify(response.body)}`);
      return (response.body as { id: string }).id;
    },
    advanceClock: (ms) => {
      clock += ms;
    },
    security,
  };
}

/** Test-only: the `value` array of a collection response. */
export function valuesOf(response: GraphResponse): Record<string, unknown>[] {
  return (response.body as { value: Record<string, unknown>[] }).value;
}

/** Test-only: the error code of an error response. */
export function errorCodeOf(response: GraphResponse): string {
  return (response.body as { error: { code: string } }).error.code;
}
