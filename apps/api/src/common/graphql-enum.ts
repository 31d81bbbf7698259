/**
 * A lib's `as const` list of values as the object `registerEnumType` takes, so a GraphQL enum
 * is declared from the domain's one list instead of a second copy of its values.
 */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
