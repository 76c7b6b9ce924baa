/** Optimal string alignment distance: a transposition is one edit (suggest.js). */
export declare function editDistance(a: string, b: string): number;

/** The codes nearest to what was typed, nearest first, at most `max` (suggest.js). */
export declare function nearestCodes(input: string, index: Readonly<Record<string, string>>, max?: number): string[];
