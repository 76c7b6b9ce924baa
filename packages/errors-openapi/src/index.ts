export { openapi30 } from './generated/openapi-3.0.js';
export { openapi31 } from './generated/openapi-3.1.js';
export type { OpenApiComponentsDocument, OpenApiExample, OpenApiObject, OpenApiResponse } from './types.js';
