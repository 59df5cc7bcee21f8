import { ApiError, typeName } from './errors.js';

/** The WeChat type names a parameter can be declared with. */
export const TYPE_NAMES = ['String', 'Number', 'Boolean', 'Array', 'Object', 'Function'] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

export interface ParamRule {
  /** One type, or several accepted types (reported as `String or Number`). */
  type: TypeName | readonly TypeName[];
  required?: boolean;
  /**
   * A further check on a value of the right type; returns the expectation text when the value
   * is wrong (e.g. `non-empty Array`), which is reported as `should be <that> instead of <Actual>`.
   */
  expect?: (value: never) => string | undefined;
}

/** A declarative parameter schema: one rule per option name. */
export type Schema = Readonly<Record<string, ParamRule>>;

/** `parameter error: <detail>;`, the wording of every parameter error (nested ones too, e.g. `parameter.sources[1].type …`). */
export function parameterError(detail: string): ApiError {
  return new ApiError(`parameter error: ${detail};`);
}

/** `"a" or "b"`: how a list of accepted strings is named in a message. */
export function quotedList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(' or ');
}

/** The `expect` of a string option that must be one of `values`: `should be "a" or "b" instead of "c"`. */
export function oneOf(values: readonly string[]): (value: string) => string | undefined {
  return (value) => (values.includes(value) ? undefined : quotedList(values));
}

/**
 * Checks options against a schema. Throws ApiError with the exact WeChat wording:
 * `parameter error: parameter.<name> should be <Expected> instead of <Actual>;`
 * Returns the options as an object (undefined counts as `{}`).
 */
export function validate(options: unknown, schema: Schema): Record<string, unknown> {
  if (options === undefined) options = {};
  if (typeName(options) !== 'Object') {
    throw parameterError(`parameter should be Object instead of ${typeName(options)}`);
  }
  const record = options as Record<string, unknown>;
  for (const [name, rule] of Object.entries(schema)) {
    const value = record[name];
    if (value === undefined && !rule.required) continue;
    const accepted = typeof rule.type === 'string' ? [rule.type] : rule.type;
    const actual = typeName(value);
    if (!accepted.includes(actual as TypeName)) {
      throw parameterError(`parameter.${name} should be ${accepted.join(' or ')} instead of ${actual}`);
    }
    const expected = rule.expect?.(value as never);
    if (expected) {
      throw parameterError(`parameter.${name} should be ${expected} instead of ${describeValue(value)}`);
    }
  }
  return record;
}

/** How a value of the right type but wrong content is named in a message. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'empty Array' : 'Array';
  if (typeof value === 'string') return value === '' ? 'empty String' : JSON.stringify(value);
  return String(value);
}
