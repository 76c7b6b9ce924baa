/** The three body formats, the Accept that asks for each and the Content-Type it gets. */
export const BODY_FORMATS = [
  { format: 'xml', accept: undefined, contentType: 'application/xml' },
  { format: 'json', accept: 'application/json', contentType: 'application/json' },
  { format: 'problem+json', accept: 'application/problem+json', contentType: 'application/problem+json' },
] as const;
