import { isIP } from 'node:net';
import { errorInfo, type JssErrorInfo } from '@jss/error-codes';

/** Whose naming rules CreateBucket applies: JSS's (the default) or S3's. */
export type BucketNaming = 'jss' | 's3';

/** A rule on a request value, as the catalog states it in `errorInfo[code].constraints`. */
type ValueRule = NonNullable<JssErrorInfo['constraints']>[string];

/** S3's general-purpose rule: dots allowed, but not next to a dot or hyphen, and no IP address. */
const S3_NAME = /^(?!.*(\.\.|\.-|-\.))[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Whether a name passes CreateBucket: JSS's rule is the catalog's (InvalidBucketName's
 * `constraints.bucket`, read from @jss/error-codes, so the stand-in refuses what the catalog says
 * JSS refuses); `'s3'` relaxes to S3's.
 */
export function isValidBucketName(name: string, naming: BucketNaming): boolean {
  if (naming === 's3') return S3_NAME.test(name) && isIP(name) === 0;
  return meetsRule(name, errorInfo.InvalidBucketName.constraints?.bucket);
}

/** Whether a value meets a catalog rule (lengths in characters; none stated: any value does). */
export function meetsRule(value: string, rule: ValueRule | undefined): boolean {
  if (rule === undefined) return true;
  const length = [...value].length;
  if (rule.minLength !== undefined && length < rule.minLength) return false;
  if (rule.maxLength !== undefined && length > rule.maxLength) return false;
  return rule.pattern === undefined || patternOf(rule.pattern).test(value);
}

const patterns = new Map<string, RegExp>();
const patternOf = (source: string) =>
  patterns.get(source) ?? patterns.set(source, new RegExp(source, 'u')).get(source)!;
