import type { GraphMember, GraphMetadata, GraphStructuredType } from './GraphMetadata';
import { isPrimitiveValueOf } from './isPrimitiveValueOf';

/** One reason Graph's OData reader would refuse a body; `path` names the value (`columns[0].text`). */
export interface GraphBodyProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks a request body against Graph's own metadata the way Graph's OData reader reads
 * it: every property must be declared by the type or one of its base types (unless the
 * type is open), values must have the declared type (collections are arrays of it,
 * complex values are checked in depth, enum values are members), `null` only where the
 * property is nullable. Instance and property annotations (`@odata.type`,
 * `Tags@odata.type`) are allowed; `@odata.type` switches to a derived type. Values of
 * types the trimmed metadata does not hold (navigation targets such as
 * `microsoft.graph.contentType`) are not checked. Messages follow the OData reader's wording.
 */
export function validateGraphBody(typeName: string, body: unknown, metadata: GraphMetadata): GraphBodyProblem[] {
  const problems: GraphBodyProblem[] = [];
  checkValue({ type: typeName, nullable: false }, body, '', metadata, problems);
  return problems;
}

function checkValue(member: GraphMember, value: unknown, path: string, metadata: GraphMetadata, problems: GraphBodyProblem[]): void {
  if (value === null) {
    if (!member.nullable) {
      const expected = `${member.type}[Nullable=False]`;
      problems.push({ path, message: `A null value was found for ${describe(path)}, which has the expected type '${expected}'. The expected type '${expected}' does not allow null values.` });
    }
    return;
  }
  const element = /^Collection\((.+)\)$/.exec(member.type)?.[1];
  if (element !== undefined) {
    if (!Array.isArray(value)) {
      problems.push({ path, message: `${capitalised(describe(path))} has the type '${member.type}': a JSON array was expected, found ${jsonKindOf(value)}.` });
      return;
    }
    value.forEach((item, index) => checkValue({ type: element, nullable: member.nullable }, item, `${path}[${index}]`, metadata, problems));
    return;
  }
  if (member.type.startsWith('Edm.')) {
    if (!isPrimitiveValueOf(member.type, value)) {
      problems.push({ path, message: `Cannot convert the literal '${literalOf(value)}' to the expected type '${member.type}' (${describe(path)}).` });
    }
    return;
  }
  const enumType = metadata.enums[member.type];
  if (enumType !== undefined) {
    checkEnum(member.type, enumType.members, enumType.flags, value, path, problems);
    return;
  }
  const structured = metadata.types[member.type];
  if (structured === undefined) return;
  checkStructured(member.type, value, path, metadata, problems);
}

function checkStructured(declared: string, value: unknown, path: string, metadata: GraphMetadata, problems: GraphBodyProblem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path, message: `${capitalised(describe(path))} has the type '${declared}': a JSON object was expected, found ${jsonKindOf(value)}.` });
    return;
  }
  const record = value as Record<string, unknown>;
  const typeName = actualTypeOf(declared, record['@odata.type'], path, metadata, problems);
  if (typeName === undefined) return;
  const chain = typeChain(typeName, metadata);
  const concrete = chain[0];
  if (concrete?.abstract === true && concrete.kind === 'complex') {
    problems.push({ path, message: `The type '${typeName}' is abstract: ${describe(path)} needs an '@odata.type' naming a type derived from it.` });
    return;
  }
  const open = chain.some((type) => type.open);
  for (const [name, propertyValue] of Object.entries(record)) {
    // `@odata.type`, `@odata.context`, `Tags@odata.type`, `members@odata.bind`: annotations, not properties.
    if (name.includes('@')) continue;
    const propertyPath = path === '' ? name : `${path}.${name}`;
    const member = findMember(chain, name);
    if (member === undefined) {
      if (!open) {
        problems.push({
          path: propertyPath,
          message: `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        });
      }
      continue;
    }
    checkValue(member, propertyValue, propertyPath, metadata, problems);
  }
}

/** The declared type, or the derived type an `@odata.type` annotation names. */
function actualTypeOf(declared: string, annotation: unknown, path: string, metadata: GraphMetadata, problems: GraphBodyProblem[]): string | undefined {
  if (annotation === undefined) return declared;
  if (typeof annotation !== 'string') {
    problems.push({ path: joinPath(path, '@odata.type'), message: `The '@odata.type' annotation must be a string naming a type, found ${jsonKindOf(annotation)}.` });
    return undefined;
  }
  const named = annotation.replace(/^#/, '').replace(/^graph\./, 'microsoft.graph.');
  if (named === declared) return declared;
  if (metadata.types[named] === undefined) {
    problems.push({ path: joinPath(path, '@odata.type'), message: `A type named '${named}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.` });
    return undefined;
  }
  if (!derivesFrom(named, declared, metadata)) {
    problems.push({ path: joinPath(path, '@odata.type'), message: `A resource with type '${named}' was found, but it is not assignable to the expected type '${declared}'.` });
    return undefined;
  }
  return named;
}

/** The type and its base types, most derived first. */
function typeChain(typeName: string, metadata: GraphMetadata): GraphStructuredType[] {
  const chain: GraphStructuredType[] = [];
  let current: string | undefined = typeName;
  while (current !== undefined && chain.length < 32) {
    const type: GraphStructuredType | undefined = metadata.types[current];
    if (type === undefined) break;
    chain.push(type);
    current = type.baseType;
  }
  return chain;
}

/** True when `typeName` has `ancestor` among its base types. */
function derivesFrom(typeName: string, ancestor: string, metadata: GraphMetadata): boolean {
  let current = metadata.types[typeName]?.baseType;
  for (let depth = 0; current !== undefined && depth < 32; depth += 1) {
    if (current === ancestor) return true;
    current = metadata.types[current]?.baseType;
  }
  return false;
}

function findMember(chain: readonly GraphStructuredType[], name: string): GraphMember | undefined {
  for (const type of chain) {
    const member = type.properties[name] ?? type.navigationProperties[name];
    if (member !== undefined) return member;
  }
  return undefined;
}

function checkEnum(typeName: string, members: readonly string[], flags: boolean, value: unknown, path: string, problems: GraphBodyProblem[]): void {
  // Graph reads enum members case-insensitively (`"HTML"` is accepted for bodyType); a
  // flags enum takes a comma-separated list.
  const known = new Set(members.map((member) => member.toLowerCase()));
  const parts = typeof value === 'string' ? (flags ? value.split(',').map((part) => part.trim()) : [value]) : [];
  if (parts.length === 0 || parts.some((part) => !known.has(part.toLowerCase()))) {
    problems.push({ path, message: `The value '${literalOf(value)}' of ${describe(path)} is not a member of the enumeration type '${typeName}' (${members.join(', ')}).` });
  }
}

function describe(path: string): string {
  return path === '' ? 'the request body' : `the property '${path}'`;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function jsonKindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function literalOf(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
