/**
 * The only code of the app that talks to Microsoft Graph. Everything else uses these
 * exports: one configured root ({@link createGraphClient}), typed list operations
 * ({@link createListClient}), the filter builder and the one error type.
 */
export type { TokenOptions, TokenSource } from './TokenSource';
export { createGraphClient, withScopes } from './createGraphClient';
export type { GraphClient, GraphClientConfig, GraphMethod, GraphRequestSpec, RetrySettings } from './createGraphClient';
export type { GraphResult } from './readGraphResponse';
export type { FetchLike } from './middleware/FetchStep';
export { GraphError, isGraphError, graphErrorKindForStatus } from './GraphError';
export type { GraphErrorKind, GraphErrorInit } from './GraphError';
export { DEFAULT_RETRY_POLICY } from './RetryPolicy';
export type { RetryPolicy, Sleep } from './RetryPolicy';
export { field, and, or, startsWith, isFilterExpression } from './FilterExpression';
export type { FilterExpression, FilterValue, FieldRef, ComparisonOperator } from './FilterExpression';
export { MAX_ITEMS_PAGE_SIZE } from './buildItemsQuery';
export type { ItemProperty } from './buildItemsQuery';
export type { ListItem, ListItemFields, ListItemVersion } from './ListItem';
export { createListClient } from './createListClient';
export type {
  ListClient,
  SiteAddress,
  ListItemsOptions,
  CreateItemOptions,
  UpdateItemOptions,
  UpdatedFields,
  DeltaOptions,
  DeltaResult,
  ListBatchOperation,
} from './createListClient';
export { runBatch, MAX_BATCH_SIZE } from './runBatch';
export type { BatchRequest, BatchResult } from './runBatch';
export { createChannelMessenger } from './createChannelMessenger';
export type { ChannelMessenger, ChannelTarget, CardMessage } from './createChannelMessenger';
export { createChannelRoster } from './createChannelRoster';
export type { ChannelRoster, ChannelOutsiders } from './createChannelRoster';
export { createDirectoryClient } from './createDirectoryClient';
export type { DirectoryClient, DirectoryPerson } from './createDirectoryClient';
export { createAppFolderStore } from './createAppFolderStore';
export { readSignedInUser } from './readSignedInUser';
export type { SignedInUser } from './readSignedInUser';
export type { AppFolderStore } from './createAppFolderStore';
export { createActivityNotifier, chainIdFor } from './createActivityNotifier';
export type { ActivityNotifier, ActivityNotice } from './createActivityNotifier';
