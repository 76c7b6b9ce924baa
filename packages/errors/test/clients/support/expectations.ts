import { errorInfo, jssErrorCodes, type JssErrorCodeName } from '@jss/error-codes';

/** Every code and variant of the catalog, read at run time. */
export function catalogCases(): { code: JssErrorCodeName; variant?: string; message: string }[] {
  const cases: { code: JssErrorCodeName; variant?: string; message: string }[] = [];
  for (const code of jssErrorCodes) {
    const info = errorInfo[code];
    cases.push({ code, message: info.message });
    for (const [variant, message] of Object.entries(info.variants)) cases.push({ code, variant, message });
  }
  return cases;
}

export const BUCKET = 'photos';
export const KEY = 'albums/照片 1.jpg';

/** The placeholder values a client can know for a call: bucket always, key on object calls. */
export function expectedParams(code: JssErrorCodeName, objectCall: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(errorInfo[code].params)) {
    if (name === 'bucket') out.bucket = BUCKET;
    if (name === 'key' && objectCall) out.key = KEY;
  }
  return out;
}
