import { type ValidationError, validate } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { firstValidationProblem } from '../../errors/format-error.js';
import { badInput } from '../../errors/index.js';

/**
 * class-validator for one argument, as type-graphql's `validateFn`: the first failing field
 * becomes BAD_USER_INPUT with `extensions.field` naming it (`name`, `evidence[0].quote`).
 */
export const validateInput: ValidatorFn = async (value) => {
  if (value === null || typeof value !== 'object') return;
  const errors: ValidationError[] = await validate(value as object, { forbidUnknownValues: false });
  const problem = firstValidationProblem(errors);
  if (problem) throw badInput(problem.field, `${problem.field}: ${problem.message}`);
};

/** Options for every mutation's `input` argument. */
export const validated = { validateFn: validateInput } as const;

/** `validated` with the argument's description, which the schema shows. */
export function validatedInput(description: string) {
  return { ...validated, description } as const;
}
