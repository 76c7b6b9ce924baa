/** Measures every catalog code with both clients, bare and with @jss/errors: the README section. */
export function measureClientTable(): Promise<string>;
/** The measured section of the README, between the markers. */
export function clientTableOf(readme: string): string;
