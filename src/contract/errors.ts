/**
 * Thrown inside an API implementation to fail the call with `<api>:fail <reason>`.
 * The bridge turns it into the fail result; it never reaches the caller as a throw.
 */
export class ApiError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ApiError';
  }
}

/** The WeChat type name of a value: String Number Boolean Array Object Function Undefined Null. */
export function typeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'undefined':
      return 'Undefined';
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    case 'function':
      return 'Function';
    case 'bigint':
      return 'BigInt';
    case 'symbol':
      return 'Symbol';
    default:
      return 'Object';
  }
}
