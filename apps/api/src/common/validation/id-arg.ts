import { Injectable, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { InvalidInputError } from '../errors/domain-error.js';

@Injectable()
class UuidPipe implements PipeTransform {
  constructor(private readonly name: string) {}

  transform(value: unknown): unknown {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw InvalidInputError.of(this.name, `${this.name} is not a valid id`);
    }
    return value;
  }
}

/**
 * An `ID!` argument checked to be a UUID before any query runs, so a malformed id is a
 * BAD_USER_INPUT naming the argument rather than a database error.
 */
export function IdArg(name: string): ParameterDecorator {
  return Args(name, { type: () => ID }, new UuidPipe(name));
}
