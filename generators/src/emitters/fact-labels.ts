/**
 * The `docs.*` labels of a code's facts (statuses, fault, retry advice, AWS counterpart, aliases,
 * variants), which the Markdown reference, the site and the CLI all print: declared once here.
 */
export const FACT_LABELS = [
  'code',
  'message',
  'status',
  'statuses',
  'text',
  'fault',
  'faultClient',
  'faultServer',
  'retry',
  'retryNo',
  'retryYes',
  'retryThrottled',
  'retryAfter',
  'aws',
  'awsNone',
  'aliases',
  'variants',
] as const;
