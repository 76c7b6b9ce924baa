/** Where `jss-errors serve-docs` listens unless told: a port few development tools take. */
export const DEFAULT_DOCS_PORT = 4390;
