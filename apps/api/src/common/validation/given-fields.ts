/** Only the fields a partial update gave: absent or null means "leave as it is". */
export function givenFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}
