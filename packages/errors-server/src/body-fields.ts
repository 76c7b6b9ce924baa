/** What every body format carries, already made safe (see `wireText` and `request-id.ts`). */
export interface BodyFields {
  readonly code: string;
  readonly message: string;
  readonly resource: string | undefined;
  /** Only characters that are safe everywhere: needs no escaping. */
  readonly requestId: string;
  /** The code's placeholder values with a body element, `[element, value]`, after the fields above. */
  readonly elements: readonly (readonly [name: string, value: string | number])[];
}
