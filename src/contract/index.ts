export { defineApi, failResult, report, type ApiDefinition } from './call.js';
export { ApiError, typeName } from './errors.js';
export { validate, type Schema, type ParamRule, type TypeName } from './schema.js';
export type { ApiFunction, ApiResult, Callbacks, FailResult } from './types.js';
export { defineTaskApi, TRANSFER_SCHEMA, type TaskApiFunction, type TaskControl, type TransferTask, type HeadersReceived } from './task.js';
