import { IsInt, Min } from 'class-validator';
import { InvalidInputError } from '../errors/domain-error.js';
import { InputValidationPipe } from './input-validation.pipe.js';

class PageInput {
  @IsInt()
  @Min(1)
  first!: number;
}

/** @nestjs/graphql's GqlParamtype: ROOT (the parent), CONTEXT, INFO, ARGS. */
const ROOT = 0;
const ARGS = 3;

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('checks what a client sent: a GraphQL argument that breaks its rules is refused', async () => {
    await expect(
      pipe.transform({ first: 0 }, { type: ARGS as never, metatype: PageInput, data: 'input' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const valid = await pipe.transform(
      { first: 2 },
      { type: ARGS as never, metatype: PageInput, data: 'input' },
    );
    expect(valid).toBeInstanceOf(PageInput);
  });

  it("leaves the server's own parent object alone: no copy, no validation", async () => {
    const parent = { first: 0, extra: 'not an input field' };
    const passed = await pipe.transform(parent, {
      type: ROOT as never,
      metatype: PageInput,
      data: undefined,
    });
    expect(passed).toBe(parent);
  });
});
