import type { GraphEnumType, GraphMember, GraphStructuredType } from '../../emulator/graph/metadata/GraphMetadata';
import { actionTypeName } from '../../emulator/graph/metadata/GraphMetadata';
import { optionalEntry } from '../../src/lists/optionalEntry';
import type { CsdlMember, CsdlModel, CsdlStructuredType } from './parseCsdl';

/** Where the trim starts: types the project sends as bodies, and bound actions by binding type. */
export interface TrimRoots {
  readonly types: readonly string[];
  readonly actions: readonly { readonly bindingType: string; readonly name: string }[];
}

/** The trimmed types and enums, keyed by full name, in name order so the JSON diffs cleanly. */
export interface TrimmedModel {
  readonly types: Readonly<Record<string, GraphStructuredType>>;
  readonly enums: Readonly<Record<string, GraphEnumType>>;
  /** The root names as kept: types by name, actions as `binding/action`. */
  readonly roots: readonly string[];
}

/**
 * Keeps the roots and what a body of theirs can contain: base types, the types of their
 * properties (recursively), enums, and for complex types every derived complex type (a
 * body may pick one with `@odata.type`, as a recipient does). Navigation properties keep
 * their name and type, but their target entity is only kept when it is a root itself:
 * following them would pull in most of Graph (list -> drive -> ...).
 * Throws when a root is missing, so a renamed type in a new CSDL is noticed at trim time.
 */
export function trimModel(model: CsdlModel, roots: TrimRoots): TrimmedModel {
  const derivedOf = derivedComplexTypes(model);
  const keptTypes = new Map<string, GraphStructuredType>();
  const keptEnums = new Map<string, GraphEnumType>();
  const pending: string[] = [];

  const want = (typeReference: string): void => {
    const name = elementTypeOf(typeReference);
    if (name.startsWith('Edm.') || keptTypes.has(name) || keptEnums.has(name)) return;
    const enumType = model.enums.get(name);
    if (enumType !== undefined) {
      keptEnums.set(name, { flags: enumType.flags, members: [...enumType.members] });
      return;
    }
    if (model.types.has(name)) pending.push(name);
  };

  for (const root of roots.types) {
    if (!model.types.has(root)) throw new Error(`Root type ${root} is not in the CSDL.`);
    pending.push(root);
  }
  const rootNames = [...roots.types];
  for (const root of roots.actions) {
    const action = model.actions.find((candidate) => candidate.fullName === root.name && candidate.bindingType === root.bindingType);
    if (action === undefined) throw new Error(`Action ${root.name} bound to ${root.bindingType} is not in the CSDL.`);
    const name = actionTypeName(action.bindingType, action.fullName);
    rootNames.push(name);
    keptTypes.set(name, { kind: 'action', abstract: false, open: false, properties: membersOf(action.parameters), navigationProperties: {} });
    for (const parameter of action.parameters) want(parameter.type);
  }

  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (keptTypes.has(name)) continue;
    const type = model.types.get(name) as CsdlStructuredType;
    keptTypes.set(name, toGraphType(type));
    if (type.baseType !== undefined) want(type.baseType);
    for (const property of type.properties) want(property.type);
    if (type.kind === 'complex') for (const derived of derivedOf.get(name) ?? []) want(derived);
  }
  return { types: sortedRecord(keptTypes), enums: sortedRecord(keptEnums), roots: rootNames };
}

/** `Collection(X)` -> `X`. */
export function elementTypeOf(typeReference: string): string {
  return /^Collection\((.+)\)$/.exec(typeReference)?.[1] ?? typeReference;
}

function derivedComplexTypes(model: CsdlModel): ReadonlyMap<string, readonly string[]> {
  const derived = new Map<string, string[]>();
  for (const type of model.types.values()) {
    if (type.kind !== 'complex' || type.baseType === undefined) continue;
    derived.set(type.baseType, [...(derived.get(type.baseType) ?? []), type.fullName]);
  }
  return derived;
}

function toGraphType(type: CsdlStructuredType): GraphStructuredType {
  return {
    kind: type.kind,
    ...optionalEntry('baseType', type.baseType),
    abstract: type.abstract,
    open: type.open,
    properties: membersOf(type.properties),
    navigationProperties: membersOf(type.navigationProperties),
  };
}

function membersOf(members: readonly CsdlMember[]): Record<string, GraphMember> {
  return Object.fromEntries(members.map((member) => [member.name, { type: member.type, nullable: member.nullable }]));
}

function sortedRecord<T>(entries: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
