import { isIP } from 'node:net';

/** Whose naming rules CreateBucket applies: JSS's (the default) or S3's. */
export type BucketNaming = 'jss' | 's3';

/**
 * JSS's rule, as the catalog's InvalidBucketName cause states it: 3 to 63 characters, only
 * lowercase letters, digits and hyphens, a letter or digit at each end, no consecutive hyphens.
 * (The catalog states it in prose only, so it is written out here.)
 */
const JSS_NAME = /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** S3's general-purpose rule: dots allowed, but not next to a dot or hyphen, and no IP address. */
const S3_NAME = /^(?!.*(\.\.|\.-|-\.))[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function isValidBucketName(name: string, naming: BucketNaming): boolean {
  if (naming === 'jss') return JSS_NAME.test(name);
  return S3_NAME.test(name) && isIP(name) === 0;
}
