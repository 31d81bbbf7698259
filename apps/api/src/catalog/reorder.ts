import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '../common/errors/domain-error.js';

/** What a reorder names: `field` of the input, `noun` of an item, `container` of them all. */
export interface ReorderNames {
  field: string;
  noun: string;
  container: string;
}

/** A reorder must name every item exactly once: nothing missing, nothing foreign. */
export function assertSameSet(items: { id: string }[], ids: string[], names: ReorderNames): void {
  const { field, noun, container } = names;
  const known = new Set(items.map((item) => item.id));
  const missing = items.filter((item) => !ids.includes(item.id));
  const foreign = ids.filter((id) => !known.has(id));
  if (missing.length > 0 || foreign.length > 0) {
    throw InvalidInputError.of(
      field,
      `${field} must list every ${noun} exactly once: ` +
        [
          missing.length ? `missing ${missing.map((item) => item.id).join(', ')}` : '',
          foreign.length ? `not in this ${container}: ${foreign.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
    );
  }
}

/** Positions follow the order of `ids` (1..n); `ids` was checked by assertSameSet. */
export async function saveOrder<T extends { id: string; position: number }>(
  manager: EntityManager,
  items: T[],
  ids: string[],
): Promise<void> {
  const byId = new Map(items.map((item) => [item.id, item]));
  await manager.save(ids.map((id, index) => Object.assign(byId.get(id)!, { position: index + 1 })));
}
