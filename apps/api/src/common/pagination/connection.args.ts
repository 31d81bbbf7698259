import { ArgsType, Field, Int, type ComplexityEstimator } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** A page's query cost: each of its items (at most a page) costs what its fields cost. */
export const pageComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  Math.min(Number((args as { first?: number }).first ?? 20), MAX_PAGE_SIZE) * childComplexity;

/** Relay-style forward pagination. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
