/**
 * A purpose-built reader for Graph's published CSDL (OData v4 XML). The file is
 * machine-written and regular: elements with double-quoted attributes, no comments, no
 * CDATA, no mixed content we need. So a tag tokenizer and a stack do, and the project
 * needs no XML parser dependency for a script that runs when someone re-trims.
 */

/** A property, navigation property or action parameter as the CSDL declares it. */
export interface CsdlMember {
  readonly name: string;
  /** Full type name: the schema alias (`graph.`) is already resolved. */
  readonly type: string;
  readonly nullable: boolean;
}

export interface CsdlStructuredType {
  readonly kind: 'entity' | 'complex';
  readonly fullName: string;
  readonly baseType: string | undefined;
  readonly abstract: boolean;
  readonly open: boolean;
  readonly properties: readonly CsdlMember[];
  readonly navigationProperties: readonly CsdlMember[];
}

export interface CsdlEnumType {
  readonly fullName: string;
  readonly flags: boolean;
  readonly members: readonly string[];
}

/** A bound action: its binding parameter's type and the other parameters (the request body). */
export interface CsdlAction {
  readonly fullName: string;
  readonly bindingType: string;
  readonly parameters: readonly CsdlMember[];
}

export interface CsdlModel {
  readonly types: ReadonlyMap<string, CsdlStructuredType>;
  readonly enums: ReadonlyMap<string, CsdlEnumType>;
  readonly actions: readonly CsdlAction[];
}

interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/** Mutable while its element is open; frozen into the model when it closes. */
interface OpenType {
  readonly kind: 'entity' | 'complex';
  readonly fullName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly properties: CsdlMember[];
  readonly navigationProperties: CsdlMember[];
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*"([^"]*)"/g;

/** Reads the entity, complex and enum types and the bound actions of every schema in the file. */
export function parseCsdl(xml: string): CsdlModel {
  const aliases = schemaAliases(xml);
  const resolve = (type: string): string => resolveTypeName(type, aliases);
  const types = new Map<string, CsdlStructuredType>();
  const enums = new Map<string, CsdlEnumType>();
  const actions: CsdlAction[] = [];
  let namespace = '';
  let openType: OpenType | undefined;
  let openEnum: { fullName: string; flags: boolean; members: string[] } | undefined;
  let openAction: { fullName: string; parameters: CsdlMember[]; bindingType: string | undefined } | undefined;

  for (const tag of tokenize(xml)) {
    if (tag.closing) {
      if (tag.name === 'EntityType' || tag.name === 'ComplexType') openType = closeType(openType, types, resolve);
      if (tag.name === 'EnumType') openEnum = closeEnum(openEnum, enums);
      if (tag.name === 'Action') openAction = closeAction(openAction, actions);
      continue;
    }
    const attributes = tag.attributes;
    switch (tag.name) {
      case 'Schema':
        namespace = attributes['Namespace'] ?? '';
        break;
      case 'EntityType':
      case 'ComplexType': {
        const kind = tag.name === 'EntityType' ? 'entity' : 'complex';
        openType = { kind, fullName: `${namespace}.${attributes['Name'] ?? ''}`, attributes, properties: [], navigationProperties: [] };
        if (tag.selfClosing) openType = closeType(openType, types, resolve);
        break;
      }
      case 'Property':
        openType?.properties.push(memberOf(attributes, resolve));
        break;
      case 'NavigationProperty':
        openType?.navigationProperties.push(memberOf(attributes, resolve));
        break;
      case 'EnumType':
        openEnum = { fullName: `${namespace}.${attributes['Name'] ?? ''}`, flags: attributes['IsFlags'] === 'true', members: [] };
        if (tag.selfClosing) openEnum = closeEnum(openEnum, enums);
        break;
      case 'Member':
        if (openEnum !== undefined && attributes['Name'] !== undefined) openEnum.members.push(attributes['Name']);
        break;
      case 'Action':
        // Unbound actions have no body type we check; they are skipped.
        openAction = attributes['IsBound'] === 'true' ? { fullName: `${namespace}.${attributes['Name'] ?? ''}`, parameters: [], bindingType: undefined } : undefined;
        break;
      case 'Parameter':
        if (openAction === undefined) break;
        // The first parameter of a bound action is the binding parameter, not part of the body.
        if (openAction.bindingType === undefined) openAction.bindingType = resolve(attributes['Type'] ?? '');
        else openAction.parameters.push(memberOf(attributes, resolve));
        break;
      default:
        break;
    }
  }
  return { types, enums, actions };
}

function* tokenize(xml: string): Generator<Tag> {
  for (const match of xml.matchAll(TAG)) {
    const [, slash = '', name = '', rawAttributes = '', selfClose = ''] = match;
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of rawAttributes.matchAll(ATTRIBUTE)) attributes[key] = decodeEntities(value);
    yield { name, attributes, closing: slash === '/', selfClosing: selfClose === '/' };
  }
}

/** `Alias` -> `Namespace` for every schema: the file writes `graph.list` for `microsoft.graph.list`. */
function schemaAliases(xml: string): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const tag of tokenize(xml)) {
    if (tag.name !== 'Schema' || tag.closing) continue;
    const { Namespace: namespace, Alias: alias } = tag.attributes;
    if (namespace !== undefined && alias !== undefined) aliases.set(alias, namespace);
  }
  return aliases;
}

/** Resolves the alias in `graph.x` and inside `Collection(graph.x)`; `Edm.*` stays as it is. */
export function resolveTypeName(type: string, aliases: ReadonlyMap<string, string>): string {
  const collection = /^Collection\((.+)\)$/.exec(type);
  if (collection?.[1] !== undefined) return `Collection(${resolveTypeName(collection[1], aliases)})`;
  const dot = type.lastIndexOf('.');
  if (dot === -1) return type;
  const qualifier = type.slice(0, dot);
  const namespace = aliases.get(qualifier);
  return namespace === undefined ? type : `${namespace}${type.slice(dot)}`;
}

function memberOf(attributes: Readonly<Record<string, string>>, resolve: (type: string) => string): CsdlMember {
  return { name: attributes['Name'] ?? '', type: resolve(attributes['Type'] ?? ''), nullable: attributes['Nullable'] !== 'false' };
}

function closeType(open: OpenType | undefined, types: Map<string, CsdlStructuredType>, resolve: (type: string) => string): undefined {
  if (open === undefined) return undefined;
  const base = open.attributes['BaseType'];
  types.set(open.fullName, {
    kind: open.kind,
    fullName: open.fullName,
    baseType: base === undefined ? undefined : resolve(base),
    abstract: open.attributes['Abstract'] === 'true',
    open: open.attributes['OpenType'] === 'true',
    properties: open.properties,
    navigationProperties: open.navigationProperties,
  });
  return undefined;
}

function closeEnum(open: { fullName: string; flags: boolean; members: string[] } | undefined, enums: Map<string, CsdlEnumType>): undefined {
  if (open !== undefined) enums.set(open.fullName, open);
  return undefined;
}

function closeAction(open: { fullName: string; parameters: CsdlMember[]; bindingType: string | undefined } | undefined, actions: CsdlAction[]): undefined {
  if (open?.bindingType !== undefined) actions.push({ fullName: open.fullName, bindingType: open.bindingType, parameters: open.parameters });
  return undefined;
}

function decodeEntities(value: string): string {
  return value.replace(/&(quot|apos|lt|gt|amp);/g, (_, entity: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[entity] ?? '');
}
