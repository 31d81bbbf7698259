import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { InvalidInputError, type FieldProblem } from '../errors/domain-error.js';
import { personMessage } from './field-messages.js';
import { hygieneProblems } from './input-hygiene.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * What a client sent: GraphQL arguments (@nestjs/graphql's GqlParamtype.ARGS, which it does
 * not export) and a REST route's body, query string and path parameters. The parent object,
 * context and info a resolver also receives, and custom decorators, are the server's own.
 */
const CLIENT_INPUT = new Set<unknown>([3, 'body', 'query', 'param']);

/**
 * Checks every client input twice before a handler runs. First, every string and date in it,
 * whatever its type, against one rule (input-hygiene.ts); then every class-typed argument
 * (GraphQL inputs and args) with class-validator. Either turns failures into one
 * BAD_USER_INPUT error whose `field` names the first bad field and whose `problems` list them
 * all, by path (`licenseState`, `modules.2.title`), each message naming the field as a form
 * labels it (field-messages.ts).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // The parent, context and info are the server's own: checking them cost every field
    // resolver a class-transformer copy and a validation pass (issue 20's catalog profile).
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const unclean = hygieneProblems(value, metadata.data);
    if (unclean.length > 0) throw new InvalidInputError(unclean);
    const type = metadata.metatype;
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined) return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: false,
    });
    if (errors.length > 0) throw new InvalidInputError(errors.flatMap((e) => problems(e)));
    return instance;
  }
}

function problems(error: ValidationError, parent = ''): FieldProblem[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({
    field,
    message: personMessage(message, error.property, field),
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => problems(child, field))];
}
