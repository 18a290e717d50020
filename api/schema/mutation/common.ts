/** Validation shared by the node inputs. */
import { ArrayMaxSize, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ID_PATTERN } from '../../../core/domain/records.js';

export const MAX_NAME = 300;
export const MAX_TEXT = 2_000;
export const MAX_SOURCE_TEXT = 1_000_000;
export const MAX_ALIASES = 50;

/** A node id: a readable slug such as `mohammed-shia-al-sudani`. */
export function IsSlug(): PropertyDecorator {
  return Matches(ID_PATTERN, {
    message: 'must be a slug: lower-case letters, digits and single hyphens, such as "iraqi-parliament"',
  });
}

/** A required text on create, or on update when given (an update cannot clear it). */
export function RequiredText(max: number): PropertyDecorator {
  const decorators = [IsString(), IsNotEmpty({ message: 'must not be empty' }), MaxLength(max)];
  return (target, key) => {
    for (const d of decorators) d(target, key);
  };
}

/** An optional text: null or up to `max` characters. */
export function OptionalText(max: number): PropertyDecorator {
  const condition = ValidateIf((_o, v) => v !== null && v !== undefined);
  return (target, key) => {
    condition(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };
}

/** An optional slug that refers to another node. */
export function OptionalRef(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== null && v !== undefined)(target, key);
    IsSlug()(target, key);
  };
}

export function Aliases(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== null && v !== undefined)(target, key);
    ArrayMaxSize(MAX_ALIASES)(target, key);
    IsString({ each: true })(target, key);
    IsNotEmpty({ each: true, message: 'must not hold empty aliases' })(target, key);
    MaxLength(MAX_NAME, { each: true })(target, key);
  };
}

/** On updates: validate only when the field is given (null is caught as "cannot be cleared"). */
export function IfGiven(): PropertyDecorator {
  return ValidateIf((_o, v) => v !== undefined);
}

/** Fields of an input that the client left out are undefined; this keeps only the given ones. */
export function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
