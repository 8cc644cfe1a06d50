import type { GraphRequest, GraphResponse } from '../graphTypes';
import { graphError } from '../graphTypes';
import { bodyTypeOf } from './bodyTypeOf';
import type { GraphMetadata } from './GraphMetadata';
import { validateGraphBody } from './validateGraphBody';

/**
 * Code Graph answers when its OData reader cannot read a body against the model, e.g.
 * an undeclared property: `400 RequestBodyRead` "The property 'OdataType' does not exist
 * on type 'microsoft.graph.message'. Make sure to only use property names that are
 * defined by the type or mark the type as open type." (reported in
 * https://github.com/microsoftgraph/msgraph-sdk-python/issues/440, and the same code and
 * wording in https://github.com/microsoftgraph/msgraph-sdk-dotnet/issues/450). Both
 * threads are about Outlook-backed types; no thread shows a SharePoint or Teams body
 * refused by the model, so the emulator answers the same for every type.
 */
export const BODY_READ_ERROR_CODE = 'RequestBodyRead';

/**
 * The 400 Graph gives for a body its own metadata refuses (unknown property, wrong value
 * type, null where not nullable), or undefined when the body is fine or not checked.
 * Only the first problem is reported, as Graph's reader stops at the first.
 */
export function refuseInvalidBody(request: Pick<GraphRequest, 'method' | 'path' | 'body'>, metadata: GraphMetadata): GraphResponse | undefined {
  if (request.body === undefined) return undefined;
  const typeName = bodyTypeOf(request);
  if (typeName === undefined) return undefined;
  const [first] = validateGraphBody(typeName, request.body, metadata);
  return first === undefined ? undefined : graphError(400, BODY_READ_ERROR_CODE, first.message);
}
