import { collectSubFields } from '@graphql-tools/utils';
import { getNamedType, isObjectType, type FieldNode, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';

/**
 * What a request selects below the field being resolved, so that a resolver can fetch a level ahead in
 * the same Cypher query (a model list with its results) and only the properties the request reads.
 * Sub-selections are collected the way the executor collects them (fragments, @skip and @include), by
 * @graphql-tools/utils, which graphql-yoga uses itself.
 */
export interface Selected {
  nodes: FieldNode[];
  type: GraphQLObjectType;
}

function walk(info: GraphQLResolveInfo, path: readonly string[]): { nodes: FieldNode[]; type: GraphQLNamedType } | null {
  let nodes: FieldNode[] = [...info.fieldNodes];
  let type = getNamedType(info.returnType);
  for (const name of path) {
    if (!isObjectType(type)) return null;
    const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes);
    nodes = [...fields.values()].flat().filter((node) => node.name.value === name);
    const field = type.getFields()[name];
    if (!field || nodes.length === 0) return null;
    type = getNamedType(field.type);
  }
  return { nodes, type };
}

/** The fields of object type selected at `path` (field names) below the current field; null if none. */
export function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): Selected | null {
  const found = walk(info, path);
  return found && isObjectType(found.type) ? { nodes: found.nodes, type: found.type } : null;
}

/**
 * The fields of object type selected at `path` when none of them takes arguments: a relation asked as a whole,
 * which a parent's query can bring along; null when it is not selected, or selected with arguments somewhere.
 */
export function selectedWhole(info: GraphQLResolveInfo, path: readonly string[]): Selected | null {
  const selected = selectedAt(info, path);
  return selected && selected.nodes.every((field) => !field.arguments?.length) ? selected : null;
}

/** Whether the request selects the field at `path` (a leaf or not) below the current field. */
export const selects = (info: GraphQLResolveInfo, path: readonly string[]): boolean => walk(info, path) !== null;

interface PropertyExtensions {
  /** Set by Pothos on t.expose* fields: the property the field reads. */
  pothosExposedField?: string;
  /** Properties a field with its own resolver reads. */
  properties?: readonly string[];
  /** The field resolves to its parent's own row (Licence.terms): what its selection reads, the parent reads. */
  sameRow?: boolean;
}

/**
 * The stored properties a selection reads, and the key always: it tells the type, and it holds the id
 * ("model:deepseek-r1"), which relations load by (rowOf restores it). A field declares what it reads:
 * exposed fields name their property, others list extensions.properties; a field that reads none (a
 * relation, loaded by id) adds nothing.
 */
export function propertiesRead(info: GraphQLResolveInfo, selected: Selected): string[] {
  const properties = new Set(['key']);
  const visit = ({ nodes, type }: Selected) => {
    const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, nodes);
    for (const fieldNodes of fields.values()) {
      const field = type.getFields()[fieldNodes[0]!.name.value];
      if (!field) continue; // __typename
      const extensions = field.extensions as PropertyExtensions;
      if (extensions.pothosExposedField) properties.add(extensions.pothosExposedField);
      for (const property of extensions.properties ?? []) properties.add(property);
      const fieldType = getNamedType(field.type);
      if (extensions.sameRow && isObjectType(fieldType)) visit({ nodes: fieldNodes, type: fieldType });
    }
  };
  visit(selected);
  return [...properties];
}

/**
 * A row from a list of values in the order of `properties` (what Cypher's [p IN $properties | n[p]]
 * gives), with its id taken from its key when only the key was read.
 */
export function rowOf<T>(properties: readonly string[], values: readonly unknown[]): T {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) row[properties[i]!] = values[i] ?? null;
  if (row.id === undefined && typeof row.key === 'string') row.id = row.key.slice(row.key.indexOf(':') + 1);
  return row as T;
}
