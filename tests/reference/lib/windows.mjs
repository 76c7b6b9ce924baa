/**
 * How many pages a test file checks at once, each in its own browser window. Two windows on 2
 * shared cores (load average 6-8) visited the whole site in 93 s against 126 s for one.
 */
export const WINDOWS = 2;
