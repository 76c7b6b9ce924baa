import { describe, expect, it } from 'vitest';
import { CatalogError, formatDiagnostic } from '../src/catalog/diagnostic.js';
import { generate } from '../src/generate.js';
import { listFiles, positionOf, readTiny, rootWithCatalog, runCli } from './helpers.js';

const tiny = readTiny();

interface BadCase {
  readonly name: string;
  /** The broken catalog, made from the valid fixture. */
  readonly yaml: string;
  /** The text the diagnostic must point at (its first character), and which occurrence. */
  readonly at: readonly [needle: string, nth?: number, shift?: number];
  readonly message: string;
}

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
function edit(from: string, to: string, text = tiny): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected one ${JSON.stringify(from)} in the fixture, found ${count}`);
  return text.replace(from, to);
}

/** What the runtime says of a pattern that does not compile. */
function regexpError(pattern: string): string {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${pattern} compiles`);
}

/** The line of the first occurrence of `needle` in the fixture. */
const lineOf = (needle: string) => tiny.slice(0, tiny.indexOf(needle)).split('\n').length;

/** NoSuchBucket with one more param (`extra`: its wire location), described in every locale. */
const withParam = (name: string, type: string, extra?: string) =>
  edit(
    '      bucketRegion:\n',
    `      ${name}:\n        type: ${type}\n${extra ? `        ${extra}\n` : ''}        description:\n          en: Region.\n          zh: { text: 地域。, translates: "a762afc4" }\n      bucketRegion:\n`,
  );

const noSuchBucket = tiny.slice(tiny.indexOf('  - code: NoSuchBucket'), tiny.indexOf('  - code: BucketNotEmpty'));

const cases: BadCase[] = [
  {
    name: 'a label the schema does not declare',
    yaml: edit('labels:\n', 'labels:\n  docs.tpyo:\n    en: Typo.\n    zh: { text: 错字。, translates: "00000000" }\n'),
    at: ['docs.tpyo'],
    message: 'unknown key "docs.tpyo"',
  },
  {
    name: 'duplicate code',
    yaml: edit('  - code: SlowDown', '  - code: NoSuchBucket'),
    at: ['NoSuchBucket\n    httpStatus: 400'],
    message: `duplicate code "NoSuchBucket", first defined at line ${lineOf('  - code: NoSuchBucket')}`,
  },
  {
    name: 'codes equal but for case',
    yaml: edit('  - code: SlowDown', '  - code: NOSUCHBUCKET'),
    at: ['NOSUCHBUCKET'],
    message: `code "NOSUCHBUCKET" collides with "NoSuchBucket" (codes are matched case-insensitively), first defined at line ${lineOf('  - code: NoSuchBucket')}`,
  },
  {
    name: 'duplicate variant id',
    yaml: edit(
      '        notes: Vendor wording kept on the wire.\n',
      '        notes: Vendor wording kept on the wire.\n      - id: multipartUploads\n        message: Another message.\n        text:\n          en: The bucket {bucket} again.\n          zh:\n            text: Bucket {bucket} 再次。\n            translates: 00000000\n        seed: { row: 9, remark: null }\n        notes: Duplicate id.\n',
    ),
    at: ['multipartUploads', 2],
    message: 'duplicate variant id "multipartUploads" in BucketNotEmpty',
  },
  {
    name: 'status above 599',
    yaml: edit('    httpStatus: 409\n    message', '    httpStatus: 700\n    message'),
    at: ['700'],
    message: 'httpStatus must be an integer 100-599',
  },
  {
    name: 'status as a string',
    yaml: edit('    httpStatus: 500\n    message', '    httpStatus: "500"\n    message'),
    at: ['"500"'],
    message: 'httpStatus must be an integer 100-599',
  },
  {
    name: 'missing locale text of a code',
    yaml: edit('      zh:\n        text: 服务内部错误，请重试。\n        translates: faab4e97\n', ''),
    at: ['en: We encountered'],
    message: 'text of InternalError is missing locale "zh"',
  },
  {
    name: 'missing locale text of a variant',
    yaml: edit(
      '          zh:\n            text: 要删除的 Bucket {bucket} 仍有未完成的分片上传。\n            translates: 9fea0501\n',
      '',
    ),
    at: ['en: The bucket {bucket} still'],
    message: 'text of BucketNotEmpty.multipartUploads is missing locale "zh"',
  },
  {
    name: 'placeholders differ between locales',
    yaml: edit('指定的 Bucket {bucket} 不存在。', '指定的 Bucket 不存在。'),
    at: ['指定的 Bucket 不存在'],
    message: 'zh text of NoSuchBucket has placeholders none but en has {bucket}',
  },
  {
    name: 'placeholder not declared',
    yaml: edit('en: The bucket {bucket} does not exist.', 'en: The bucket {bucket} in {region} does not exist.'),
    at: ['The bucket {bucket} in'],
    message: 'en text of NoSuchBucket uses {region}, not declared in params',
  },
  {
    name: 'unbalanced brace',
    yaml: edit('en: Please reduce your request rate.', 'en: Please reduce your {request rate.'),
    at: ['Please reduce your {'],
    message: 'en text of SlowDown: unbalanced brace: write placeholders as {name}',
  },
  {
    name: 'declared param no text uses',
    yaml: withParam('region', 'string'),
    at: ['region:'],
    message:
      'param "region" is declared but no text uses {region} and the wire does not carry it (give it an element or a header)',
  },
  {
    name: 'element that is not an XML name',
    yaml: withParam('region', 'string', 'element: 1Region'),
    at: ['1Region'],
    message:
      'element "1Region" of NoSuchBucket.region is not an XML element name (a letter or _, then letters, digits, _ . -)',
  },
  {
    name: 'element reserved by XML',
    yaml: withParam('region', 'string', 'element: XmlRegion'),
    at: ['XmlRegion'],
    message: 'element "XmlRegion" of NoSuchBucket.region starts with "xml", which XML reserves',
  },
  {
    name: 'element named as every object is (a JSON body could not carry it)',
    yaml: withParam('region', 'string', 'element: __proto__'),
    at: ['__proto__'],
    message: 'element "__proto__" of NoSuchBucket.region is a name every object has; choose another',
  },
  {
    name: 'element every error body has',
    yaml: withParam('region', 'string', 'element: requestId'),
    at: ['requestId\n'],
    message:
      'element "requestId" of NoSuchBucket.region is one every error body has (Code, Message, Resource, RequestId, HostId, Endpoint, StatusCode); a param cannot carry it',
  },
  {
    name: 'two params on one element',
    yaml: withParam('region', 'string', 'element: BucketName'),
    at: ['BucketName', 2],
    message:
      'element "BucketName" of NoSuchBucket.region already carries NoSuchBucket.bucket; one param per element or header',
  },
  {
    name: 'header that is not a header name',
    yaml: withParam('region', 'string', 'header: "Bucket Region"'),
    at: ['"Bucket Region"'],
    message: `header "Bucket Region" of NoSuchBucket.region is not an HTTP header name (letters, digits and !#$%&'*+-.^_~)`,
  },
  {
    name: 'header the server sets',
    yaml: withParam('region', 'string', 'header: X-Amz-Request-Id'),
    at: ['X-Amz-Request-Id'],
    message:
      'header "X-Amz-Request-Id" of NoSuchBucket.region is set by the server on every error response; a param cannot carry it',
  },
  {
    name: 'two params on one header, in another case',
    yaml: withParam('region', 'string', 'header: X-Amz-Bucket-Region'),
    at: ['x-amz-bucket-region'],
    message:
      'header "x-amz-bucket-region" of NoSuchBucket.bucketRegion already carries NoSuchBucket.region; one param per element or header',
  },
  {
    name: 'param description without a translation',
    yaml: edit(
      '          en: Name of the bucket.\n          zh:\n            text: Bucket 的名称。\n            translates: "38fa0244"\n',
      '          en: Name of the bucket.\n',
    ),
    at: ['en: Name of the bucket.'],
    message: 'text of the description of NoSuchBucket.bucket is missing locale "zh"',
  },
  {
    name: 'param shadowing a JssError member',
    yaml: withParam('httpStatus', 'integer'),
    at: ['httpStatus:\n        type: integer'],
    message:
      'param "httpStatus" would shadow JssError.httpStatus; choose another name (resource and requestId may be used: they are the error\'s own fields)',
  },
  ...['docUrl', 'endpoint'].map(
    (member): BadCase => ({
      name: `param named after JssError.${member}`,
      // NoSuchBucket's placeholder {bucket}, renamed in its params and texts.
      yaml: edit(noSuchBucket, noSuchBucket.replaceAll('bucket:', `${member}:`).replaceAll('{bucket}', `{${member}}`)),
      at: [`${member}:\n        element: BucketName`],
      message: `param "${member}" would shadow JssError.${member}; choose another name (resource and requestId may be used: they are the error's own fields)`,
    }),
  ),
  {
    name: 'two entries citing the same seed row',
    yaml: edit('        row: 4\n', '        row: 2\n'),
    at: ['2\n        remark: null\n    notes: A code that already'],
    message: `seed row 2 is already cited by BucketNotEmpty at line ${lineOf('        row: 2\n')}`,
  },
  {
    name: 'a variant citing the seed row of a code',
    yaml: edit('            row: 3\n', '            row: 1\n'),
    at: ['1\n            remark: null\n        notes: Vendor'],
    message: `seed row 1 is already cited by NoSuchBucket at line ${lineOf('        row: 1\n')}`,
  },
  {
    name: 'param named after an Object.prototype member',
    yaml: withParam('toString', 'string'),
    at: ['toString:'],
    message:
      'param "toString" would shadow JssError.toString; choose another name (resource and requestId may be used: they are the error\'s own fields)',
  },
  {
    name: 'unknown key in an entry',
    yaml: edit(
      '    notes: Throttling, also seen at 503.\n',
      '    notes: Throttling, also seen at 503.\n    colour: red\n',
    ),
    at: ['colour'],
    message: 'unknown key "colour"',
  },
  {
    name: 'unknown top-level key',
    yaml: edit('catalogVersion: 1\n', 'catalogVersion: 1\nversion: 2\n'),
    at: ['version: 2'],
    message: 'unknown key "version" at the top level',
  },
  {
    name: 'two codes derive the same class name',
    yaml: edit('  - code: SlowDown', '  - code: Internal'),
    at: ['Internal\n'],
    message: `code "Internal" derives the class name InternalError, already derived by "InternalError" at line ${lineOf('  - code: InternalError')}`,
  },
  {
    name: 'code that is not an identifier',
    yaml: edit('  - code: SlowDown', '  - code: slow-down'),
    at: ['slow-down'],
    message: 'code must be an identifier: a capital letter, then letters or digits',
  },
  {
    name: 'missing required key',
    yaml: edit('    fault: server\n', ''),
    at: ['code: InternalError\n    httpStatus'],
    message: 'missing required key "fault"',
  },
  {
    name: 'value outside an enum',
    yaml: edit('    fault: server\n', '    fault: service\n'),
    at: ['service'],
    message: 'fault must be one of "client", "server"',
  },
  {
    name: 'YAML syntax error',
    yaml: edit('    message: Please reduce your request rate.', '    message: "Please reduce your request rate.'),
    // The parser notices at the end of the line, where the closing quote should have been.
    at: ['request rate.', 1, 'request rate.'.length],
    message: 'YAML: Missing closing "quote',
  },
  {
    name: 'duplicate YAML key',
    yaml: edit('    retryAfter: 2\n', '    retryAfter: 2\n    retryAfter: 3\n'),
    at: ['retryAfter: 3'],
    message: 'YAML: Map keys must be unique',
  },
  {
    name: 'alias that collides with a code',
    yaml: edit('aliases: [NoBucket]', 'aliases: [slowdown]'),
    at: ['slowdown'],
    message: 'alias must be an identifier: a capital letter, then letters or digits',
  },
  {
    name: 'alias equal to another code',
    yaml: edit('aliases: [NoBucket]', 'aliases: [SLOWDOWN]'),
    at: ['SLOWDOWN'],
    message: `alias "SLOWDOWN" collides with code "SlowDown" at line ${lineOf('  - code: SlowDown')}`,
  },
  {
    name: 'status default naming an unknown code',
    yaml: edit(
      '    code: InternalError\n    note:\n      en: The only 500',
      '    code: InternalFailure\n    note:\n      en: The only 500',
    ),
    at: ['InternalFailure'],
    message: 'unknown code "InternalFailure"',
  },
  {
    name: 'status default with the wrong status',
    yaml: edit('    code: BucketNotEmpty\n    note:', '    code: NoSuchBucket\n    note:'),
    at: ['NoSuchBucket\n    note:\n      en: The only 409'],
    message: '"NoSuchBucket" is not seen with status 409 (its statuses: 404)',
  },
  {
    name: 'status without a default',
    yaml: edit(
      '  - httpStatus: 500\n    code: InternalError\n    note:\n      en: The only 500 code here.\n      zh:\n        text: 这里唯一的 500 错误码。\n        translates: "13398aea"\n',
      '',
    ),
    at: ['- httpStatus: 503'],
    message: 'status 500 (used by "InternalError") needs a default code for responses without a body',
  },
  {
    name: 'translation without the hash of its source',
    yaml: edit(
      '      zh:\n        text: 请降低请求频率。\n        translates: "42886014"\n',
      '      zh: 请降低请求频率。\n',
    ),
    at: ['请降低请求频率'],
    message:
      'a translation is { text, translates }: record which en text it translates (translates: "42886014" for the current one)',
  },
  {
    name: 'retryWhen on a code that is not retryable',
    yaml: edit(
      '    retryable: false\n    throttling: false\n    aws:\n      code: NoSuchBucket',
      '    retryable: false\n    throttling: false\n    retryWhen: clockCorrected\n    aws:\n      code: NoSuchBucket',
    ),
    at: ['clockCorrected\n    aws'],
    message: 'retryWhen is set but the code is not retryable',
  },
  {
    name: 'a constraint on a param the code does not declare',
    yaml: edit(
      "    constraints: # a fixture value: prints errorInfo's constraints\n      bucket:",
      '    constraints:\n      bucketName:',
    ),
    at: ['bucketName: { minLength'],
    message: 'constraint "bucketName" of BucketNotEmpty names no declared param',
  },
  {
    name: 'a constraint pattern that does not compile',
    yaml: edit('pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', 'pattern: "^[a-z($"'),
    at: ['"^[a-z($"'],
    message: `pattern of BucketNotEmpty.bucket is not a regular expression: ${regexpError('^[a-z($')}`,
  },
  {
    name: 'a constraint pattern that is not anchored',
    yaml: edit('pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"', 'pattern: "[a-z]+"'),
    at: ['"[a-z]+"'],
    message: 'pattern of BucketNotEmpty.bucket must start with ^ and end with $ (it rules the whole value)',
  },
  {
    name: 'a param example of the wrong type',
    yaml: edit('        example: cn-north-1\n', '        example: 5\n'),
    at: ['5\n        description'],
    message: 'example of NoSuchBucket.bucketRegion is not a string',
  },
  {
    name: 'retryAfter on a code that is not retryable',
    yaml: edit(
      '    retryable: false\n    throttling: false\n    aws:\n      code: NoSuchBucket',
      '    retryable: false\n    throttling: false\n    retryAfter: 5\n    aws:\n      code: NoSuchBucket',
    ),
    at: ['5\n    aws'],
    message: 'retryAfter is set but the code is not retryable',
  },
  {
    name: 'statuses that leave out the status sent',
    yaml: edit('    statuses: [400, 503]\n', '    statuses: [503]\n'),
    at: ['[503]'],
    message: 'statuses of "SlowDown" must contain its httpStatus 400',
  },
  {
    name: 'an operation default naming a code not seen with that status',
    yaml: edit('    operations: { PutObject: SlowDown }\n', '    operations: { PutObject: NoSuchBucket }\n'),
    at: ['NoSuchBucket }'],
    message: '"NoSuchBucket" is not seen with status 503 (its statuses: 404)',
  },
  {
    name: 'a wire message said to come from the seed of an entry with no seed row',
    yaml: edit('    messageSource: page\n', '    messageSource: seed\n'),
    at: ['seed\n    text:\n      en: The service is busy'],
    message: 'messageSource of "ServiceUnavailable" is seed, but its sources name no seed row',
  },
  {
    name: 'a cause without its translation',
    yaml: edit('          zh:\n            text: 退避后重试。\n            translates: "f70f8407"\n', ''),
    at: ['en: Back off and retry.'],
    message: 'text of fix 1 of SlowDown is missing locale "zh"',
  },
  {
    // OpenAPI's own rules, checked through its emitter.
    name: 'a code named like the response of its status',
    yaml: tiny.replaceAll('NoSuchBucket', 'Status404'),
    at: ['Status404\n    httpStatus'],
    message: `code "Status404" derives the OpenAPI response name "Status404", already derived by HTTP status 404 at line ${lineOf('  - code: NoSuchBucket') + 1}`,
  },
  {
    name: 'a YAML alias (a small file could stand for a huge output)',
    yaml: edit('    aliases: [NoBucket]\n', '    aliases: &names [NoBucket]\n').replace(
      '  - code: BucketNotEmpty\n',
      '  - code: BucketNotEmpty\n    aliases: *names\n',
    ),
    at: ['*names'],
    message: 'YAML alias *names is not allowed in the catalog: write the value out',
  },
  {
    name: 'a code matched like a name every object has',
    yaml: edit('  - code: SlowDown\n', '  - code: Constructor\n'),
    at: ['Constructor'],
    message: 'code "Constructor" is matched as "constructor", a name every object has; choose another',
  },
  {
    name: 'a code whose class would shadow a global',
    yaml: edit('  - code: SlowDown\n', '  - code: Type\n'),
    at: ['Type'],
    message: 'code "Type" derives the reserved identifier TypeError',
  },
  {
    name: 'a wire message with a control character',
    yaml: edit(
      '    message: Please reduce your request rate.\n',
      '    message: "Please reduce\\u0000 your request rate."\n',
    ),
    at: ['"Please reduce'],
    message: 'the wire message contains the control character U+0000; XML, headers and logs cannot carry it',
  },
  {
    name: 'a wire message with a non-character XML cannot carry',
    yaml: edit(
      '    message: Please reduce your request rate.\n',
      '    message: "Please reduce\\uFFFF your request rate."\n',
    ),
    at: ['"Please reduce'],
    message: 'the wire message contains the non-character U+FFFF; XML, headers and logs cannot carry it',
  },
  {
    name: 'deprecation replacement that is no code',
    yaml: edit('      replacement: SlowDown\n', '      replacement: SlowDrown\n'),
    at: ['SlowDrown'],
    message: 'replacement "SlowDrown" is not a code of the catalog',
  },
  {
    name: 'deprecation replacement that is retired',
    yaml: edit('      replacement: SlowDown\n', '      replacement: InvalidBucketState\n'),
    at: ['InvalidBucketState\n      reason'],
    message: 'replacement "InvalidBucketState" is retired; name a code of the catalog',
  },
  {
    name: 'deprecated code replaced by itself',
    yaml: edit('      replacement: SlowDown\n', '      replacement: ServiceUnavailable\n'),
    at: ['ServiceUnavailable\n      reason'],
    message: '"ServiceUnavailable" names itself as its replacement; name the code to use instead',
  },
  {
    name: 'retired code that is no code of the catalog as replacement',
    yaml: edit('    replacement: BucketNotEmpty\n', '    replacement: BucketIsNotEmpty\n'),
    at: ['BucketIsNotEmpty'],
    message: 'replacement "BucketIsNotEmpty" is not a code of the catalog',
  },
  {
    name: 'retired code reused as a code',
    yaml: edit('  - code: InternalError\n', '  - code: InvalidBucketState\n'),
    at: ['InvalidBucketState'],
    message: `code "InvalidBucketState" reuses the retired "InvalidBucketState", retired at line ${lineOf('  - code: InvalidBucketState')}; a retired code is never used again: choose another name`,
  },
  {
    name: 'retired alias reused as an alias, in another case',
    yaml: edit('    aliases: [NoBucket]\n', '    aliases: [BucketStateINVALID]\n'),
    at: ['BucketStateINVALID'],
    message: `alias "BucketStateINVALID" reuses the retired "BucketStateInvalid" (names are matched case-insensitively), retired at line ${lineOf('    aliases: [BucketStateInvalid]')}; a retired code is never used again: choose another name`,
  },
  {
    name: 'code retired twice',
    yaml: edit(
      '    aliases: [BucketStateInvalid]\n',
      '    aliases: [BucketStateInvalid]\n  - code: InvalidBucketState\n    message: Again.\n    httpStatus: 409\n    text: { en: Again., zh: { text: 再次。, translates: "00000000" } }\n    since: "2026-06-01"\n    reason: { en: Again., zh: { text: 再次。, translates: "00000000" } }\n',
    ),
    at: ['InvalidBucketState', 2],
    message: `code "InvalidBucketState" is already retired at line ${lineOf('  - code: InvalidBucketState')}; retire a code once`,
  },
  {
    name: 'status default naming a retired code',
    yaml: edit('    code: InternalError\n    note', '    code: InvalidBucketState\n    note'),
    at: ['InvalidBucketState\n    note'],
    message: '"InvalidBucketState" is retired; name a code of the catalog',
  },
  {
    name: 'since that is no day of the calendar',
    yaml: edit('since: "2026-04-15"', 'since: "2026-02-30"'),
    at: ['"2026-02-30"'],
    message: 'since "2026-02-30" is not a day of the calendar',
  },
  {
    name: 'since that is no date',
    yaml: edit('since: "2026-05-20"', 'since: "v1.4.0"'),
    at: ['"v1.4.0"'],
    message: 'since must be a date YYYY-MM-DD (the day the catalog made the change)',
  },
  {
    name: 'deprecation reason missing a locale',
    yaml: edit(
      '            zh:\n              text: 服务现在对分片上传也返回该错误码本身的报文。\n',
      '            fr:\n              text: 服务现在对分片上传也返回该错误码本身的报文。\n',
    ),
    at: ['en: "JSS now sends the code\'s own'],
    message: 'text of the deprecation reason of BucketNotEmpty.multipartUploads is missing locale "zh"',
  },
];

describe('a broken catalog', () => {
  it.each(cases)('$name: names file, line and column, and writes nothing', ({ yaml, at, message }) => {
    const { root, catalog } = rootWithCatalog(yaml);
    const before = listFiles(root);
    let thrown: unknown;
    try {
      generate({ catalog, out: root });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogError);
    const lines = (thrown as CatalogError).diagnostics.map(formatDiagnostic);
    expect(lines).toContain(`catalog/errors.yaml:${positionOf(yaml, at[0], at[1], at[2])}: ${message}`);
    expect(listFiles(root)).toEqual(before);
  });

  it('reports every error at once, in file order', () => {
    let yaml = edit('    fault: server\n', '    fault: service\n');
    yaml = edit(
      '    notes: Throttling, also seen at 503.\n',
      '    notes: Throttling, also seen at 503.\n    colour: red\n',
      yaml,
    );
    yaml = edit('  - code: NoSuchBucket\n', '  - code: no-such-bucket\n', yaml);
    const { root, catalog } = rootWithCatalog(yaml);
    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).toBe(1);
    const reported = result.stderr.trim().split('\n');
    expect(reported).toEqual(
      [
        `catalog/errors.yaml:${positionOf(yaml, 'no-such-bucket')}: code must be an identifier: a capital letter, then letters or digits`,
        `catalog/errors.yaml:${positionOf(yaml, 'NoSuchBucket\n    note')}: unknown code "NoSuchBucket"`,
        `catalog/errors.yaml:${positionOf(yaml, 'service')}: fault must be one of "client", "server"`,
        `catalog/errors.yaml:${positionOf(yaml, 'colour')}: unknown key "colour"`,
        'Nothing was written.',
      ].sort(byLine),
    );
    expect(listFiles(root)).toEqual(['catalog/errors.yaml']);
  });

  it('a missing catalog file is an error with its path', () => {
    const { root } = rootWithCatalog(tiny);
    const result = runCli(['--catalog', 'catalog/nope.yaml', '--out', root], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^catalog\/nope\.yaml:1:1: cannot read the catalog: ENOENT/);
  });
});

describe('a deprecated replacement', () => {
  it('is a warning naming its own replacement, and an error under --strict', () => {
    const yaml = edit(
      '        deprecated:\n          since: "2026-03-01"\n',
      '        deprecated:\n          since: "2026-03-01"\n          replacement: ServiceUnavailable\n',
    );
    const { root, catalog } = rootWithCatalog(yaml);
    const warning = `catalog/errors.yaml:${positionOf(yaml, 'ServiceUnavailable\n          reason')}: warning: replacement "ServiceUnavailable" is deprecated too; name its replacement "SlowDown"`;
    const lenient = runCli(['--catalog', catalog, '--out', root], root);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain(warning);
    const strict = runCli(['--catalog', catalog, '--out', root, '--check', '--strict'], root);
    expect(strict.status).toBe(1);
  });
});

describe('stale translations', () => {
  const stale = edit('en: Please reduce your request rate.', 'en: Please slow down your requests.');

  it('are a warning by default, and the files are still generated', () => {
    const { root, catalog } = rootWithCatalog(stale);
    const result = runCli(['--catalog', catalog, '--out', root], root);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      `catalog/errors.yaml:${positionOf(stale, '"42886014"')}: warning: zh text of SlowDown is stale: it translates an earlier en text (42886014, now `,
    );
    expect(listFiles(root)).toContain('packages/errors/src/generated/classes.ts');
  });

  it('are an error with --strict, and nothing is written', () => {
    const { root, catalog } = rootWithCatalog(stale);
    const result = runCli(['--catalog', catalog, '--out', root, '--strict'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `catalog/errors.yaml:${positionOf(stale, '"42886014"')}: zh text of SlowDown is stale`,
    );
    expect(listFiles(root)).toEqual(['catalog/errors.yaml']);
  });
});

/** The CLI prints diagnostics sorted by line, then the closing sentence. */
function byLine(a: string, b: string): number {
  const key = (s: string) => (s.startsWith('catalog/') ? Number(s.split(':')[1]) : Number.MAX_SAFE_INTEGER);
  return key(a) - key(b);
}
