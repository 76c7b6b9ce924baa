/** The parts of an error body we read, as received (not yet matched against the catalog). */
export interface ErrorBodyFields {
  code?: string;
  message?: string;
  resource?: string;
  requestId?: string;
  hostId?: string;
  /** `<Endpoint>` of a redirect (PermanentRedirect, TemporaryRedirect): where to send the request. */
  endpoint?: string;
  /** `<ServerTime>` of RequestTimeTooSkewed: the server's clock, to correct the client's. */
  serverTime?: string;
  /** `<statusCode>`, which JSS puts before `<Code>`. */
  statusCode?: string;
}
