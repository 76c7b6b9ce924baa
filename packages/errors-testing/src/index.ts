export { type JssMock, type JssMockOptions, startJssMock } from './mock-server.js';
export type { LoggedRequest } from './request-log.js';
export type {
  AnswerEffects,
  CallMatcher,
  HeaderMatcher,
  JssErrorAnswer,
  JssVariantOf,
  KeyMatcher,
  MockAnswer,
  MockRule,
} from './rules/types.js';
export { supportedOperations } from './s3/in-memory-jss.js';
// The list of operations is @jss/error-codes' `s3Operations`; this type adds the stand-in's `Unknown`.
export type { S3Operation } from './s3/operation.js';
export { parseMockRules } from './rules/parse-rules.js';
export {
  createInProcessJssMock,
  type InProcessJssMock,
  type InProcessJssMockOptions,
} from './in-process/in-process-mock.js';
export { InProcessAgent } from './in-process/agent.js';
