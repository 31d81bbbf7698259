import {
  astFromValue,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';

/**
 * The variables as a client could have sent them, with every input-object field that was left
 * out and has a default written in, in its external form (an enum's name, a scalar serialized),
 * so that an executor which coerces raw variables itself gets them complete. Values are not
 * checked here: graphql-js has coerced the same variables before and refused what does not fit.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const complete: Record<string, unknown> = { ...variables };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && complete[name] != null) complete[name] = fill(type, complete[name]);
  }
  return complete;
}

function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    // A single value where a list is expected stands for a list of one (graphql-js's coercion).
    return Array.isArray(value) ? value.map((entry) => fill(item, entry)) : fill(item, value);
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const output: Record<string, unknown> = { ...input };
  for (const field of Object.values(nullable.getFields())) {
    if (field.name in input) {
      output[field.name] = fill(field.type, input[field.name]);
    } else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) output[field.name] = valueFromASTUntyped(literal);
    }
  }
  return output;
}
