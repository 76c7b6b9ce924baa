/** The parts of an error body we read, as received (not yet matched against the catalog). */
export interface ErrorBodyFields {
  code?: string;
  message?: string;
  resource?: string;
  requestId?: string;
  hostId?: string;
}
