import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { InvalidInputError } from '../errors/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/**
 * Keyset cursor: the sort key of the last row and its id (the tie-breaker). Stable while
 * rows are added, unlike an offset. Opaque to clients.
 */
export interface KeysetCursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string, field = 'after'): KeysetCursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ];
    if (typeof key === 'string' && typeof id === 'string' && UUID.test(id)) return { key, id };
  } catch {
    // fall through to the error below
  }
  throw InvalidInputError.of(field, `${field} is not a cursor from this list`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds a connection from `first + 1` fetched rows (the extra row tells hasNextPage). */
export function toConnection<E extends { id: string }, T>(
  rows: E[],
  first: number,
  keyOf: (row: E) => string,
  map: (row: E) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: encodeCursor({ key: keyOf(row), id: row.id }),
    node: map(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
