import type { FromSchema } from 'json-schema-to-ts';

/**
 * Every label the generated artifacts print, declared once: the schema requires each and refuses
 * any other, and `LabelName` types every lookup. `docs.*` are the Markdown reference's (the site
 * and `jss-errors explain` print the same words), `site.*` the site's, `openapi.*` the OpenAPI
 * document's, `unknownCode` the i18n bundles'.
 */
const LABEL_NAMES = [
  // unprefixed
  'unknownCode',
  // docs.*
  'docs.title',
  'docs.intro',
  'docs.code',
  'docs.message',
  'docs.status',
  'docs.text',
  'docs.defaultsTitle',
  'docs.defaultsIntro',
  'docs.why',
  'docs.operations',
  'docs.codesTitle',
  'docs.statuses',
  'docs.fault',
  'docs.faultClient',
  'docs.faultServer',
  'docs.retry',
  'docs.retryNo',
  'docs.retryYes',
  'docs.retryThrottled',
  'docs.retryClockCorrected',
  'docs.retryAfter',
  'docs.aws',
  'docs.awsNone',
  'docs.aliases',
  'docs.causes',
  'docs.variants',
  'docs.source',
  'docs.sourceSeed',
  'docs.sourcePage',
  'docs.sourceNone',
  'docs.deprecated',
  'docs.deprecatedMark',
  'docs.useInstead',
  'docs.retiredTitle',
  'docs.retiredIntro',
  'docs.retired',
  'docs.fieldsTitle',
  'docs.field',
  'docs.fieldWire',
  'docs.fieldType',
  'docs.fieldMeaning',
  'docs.fieldElement',
  'docs.fieldHeader',
  'docs.fieldNotSent',
  // openapi.*
  'openapi.deprecated',
  'openapi.statusOne',
  'openapi.statusAny',
  'openapi.bodiless',
  'openapi.causes',
  // site.*
  'site.title',
  'site.intro',
  'site.languageName',
  'site.language',
  'site.skip',
  'site.home',
  'site.search',
  'site.searchHint',
  'site.filterStatus',
  'site.filterFault',
  'site.filterRetry',
  'site.filterSource',
  'site.any',
  'site.retryable',
  'site.throttling',
  'site.notRetryable',
  'site.fromSeed',
  'site.fromPage',
  'site.fromObserved',
  'site.matches',
  'site.firstShown',
  'site.noMatch',
  'site.nearest',
  'site.noScript',
  'site.statusesTitle',
  'site.statusTitle',
  'site.statusCodes',
  'site.statusBodiless',
  'site.wireTitle',
  'site.wireIntro',
  'site.problemNote',
  'site.clientsTitle',
  'site.client',
  'site.reports',
  'site.withAdapters',
  'site.sdkGet',
  'site.sdkHead',
  'site.minioGet',
  'site.minioHead',
  'site.minioReturnsFalse',
  'site.sdkName',
  'site.sdkFault',
  'site.sdkRetryYes',
  'site.sdkRetryNo',
  'site.sdkRetrySkew',
  'site.minioCode',
  'site.minioUnread',
  'site.emptyCode',
  'site.catchTitle',
  'site.catchIntro',
  'site.retryTitle',
  'site.retryAdviceNo',
  'site.retryAdviceYes',
  'site.retryAdviceThrottled',
  'site.retryAdviceClockCorrected',
  'site.causesTitle',
  'site.cause',
  'site.fix',
  'site.noCauses',
  'site.awsTitle',
  'site.awsSame',
  'site.awsStatusDiffers',
  'site.awsCodeDiffers',
  'site.awsNoneText',
  'site.provenanceTitle',
  'site.messageFrom',
  'site.messageFromSeed',
  'site.messageFromAws',
  'site.messageFromPage',
  'site.messageFromObserved',
  'site.seedRemark',
  'site.notes',
  'site.fieldsIntro',
] as const;
export type LabelName = (typeof LABEL_NAMES)[number];
/** The labels under a prefix, named without it: `LabelIn<'docs'>` is `'code' | 'message' | …`. */
export type LabelIn<P extends string> = LabelName extends infer N ? (N extends `${P}.${infer R}` ? R : never) : never;

const labelProperties = Object.fromEntries(
  LABEL_NAMES.map((name) => [name, { $ref: '#/definitions/texts' }]),
) as Record<LabelName, { readonly $ref: '#/definitions/texts' }>;

/**
 * The catalog's format: the one declaration its JSON Schema (`catalog/schema.json`, written by
 * `pnpm generate` for editors and published by @jss/error-codes) and its TypeScript types (below,
 * inferred by json-schema-to-ts) are derived from.
 */
export const catalogSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/jss-errors/jss-errors/catalog/schema.json',
  title: 'JSS error catalog',
  description:
    'The canonical list of JSS (JD Cloud object storage) error responses. Every @jss/* package is generated from a file of this shape.',
  type: 'object',
  additionalProperties: false,
  required: ['catalogVersion', 'locales', 'reference', 'labels', 'statusDefaults', 'errors'],
  properties: {
    catalogVersion: {
      description: "Version of this file's format.",
      const: 1,
    },
    locales: {
      type: 'object',
      additionalProperties: false,
      required: ['source', 'all'],
      properties: {
        source: {
          description: 'The locale every other locale translates from.',
          $ref: '#/definitions/locale',
        },
        all: {
          description: 'Every locale an entry must have text in; the source locale included.',
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: '#/definitions/locale',
          },
        },
      },
    },
    reference: {
      description: 'Where the published error reference lives; every error links to its page there.',
      type: 'object',
      additionalProperties: false,
      required: ['baseUrl'],
      properties: {
        baseUrl: {
          description:
            "Absolute URL of the reference site's root, ending in a slash. A code's page is `<baseUrl>errors/<Code>/`.",
          type: 'string',
          pattern: '^https?://[^\\s<>"\'`]+/$',
        },
      },
    },
    labels: {
      description:
        'Prose the generated artifacts need besides the errors (headings, sentences), keyed by name, with the same per-locale rules as error texts; `{placeholders}` are filled by the generator.',
      type: 'object',
      additionalProperties: false,
      required: LABEL_NAMES,
      properties: labelProperties,
    },
    statusDefaults: {
      description: 'For each HTTP status used, the code a client assumes when a response has no body (HEAD, proxies).',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['httpStatus', 'code', 'note'],
        properties: {
          httpStatus: {
            $ref: '#/definitions/httpStatus',
          },
          code: {
            $ref: '#/definitions/code',
          },
          note: {
            description: 'Why this code is assumed, per locale.',
            $ref: '#/definitions/texts',
          },
          operations: {
            description:
              'Per S3 operation (as the AWS SDK names commands, without "Command"), the code to assume instead, when the operation tells more than the status.',
            type: 'object',
            propertyNames: {
              pattern: '^[A-Z][A-Za-z0-9]*$',
            },
            additionalProperties: {
              $ref: '#/definitions/code',
            },
          },
        },
      },
    },
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/definitions/error',
      },
    },
    retired: {
      description:
        'Codes removed from the catalog. They leave the enum and the classes, keep their documentation, are still recognised by the parser (as retired), and can never be used again as a code or an alias.',
      type: 'array',
      items: {
        $ref: '#/definitions/retiredError',
      },
    },
  },
  definitions: {
    locale: {
      description: 'A BCP 47 language tag such as en, zh or pt-BR.',
      type: 'string',
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
    },
    code: {
      description: 'A wire error code: a capital letter, then letters and digits.',
      type: 'string',
      pattern: '^[A-Z][A-Za-z0-9]*$',
    },
    httpStatus: {
      description: 'HTTP status as the service sends it; non-standard statuses such as 567 are allowed.',
      type: 'integer',
      minimum: 100,
      maximum: 599,
    },
    wireMessage: {
      description: 'The message exactly as the service sends it in <Message>, vendor wording kept.',
      type: 'string',
      minLength: 1,
    },
    translation: {
      type: 'object',
      additionalProperties: false,
      required: ['text', 'translates'],
      properties: {
        text: {
          type: 'string',
          minLength: 1,
        },
        translates: {
          description: 'First 8 hex digits of the SHA-256 of the source-locale text this translation was made from.',
          type: 'string',
          pattern: '^[0-9a-f]{8}$',
        },
      },
    },
    texts: {
      description:
        'Human text per locale, with {placeholders}. The source locale is a string; other locales record which source text they translate.',
      type: 'object',
      minProperties: 1,
      propertyNames: {
        $ref: '#/definitions/locale',
      },
      additionalProperties: {
        oneOf: [
          {
            type: 'string',
            minLength: 1,
          },
          {
            $ref: '#/definitions/translation',
          },
        ],
      },
    },
    seed: {
      description: 'Where the row comes from in the seed table.',
      type: 'object',
      additionalProperties: false,
      required: ['row', 'remark'],
      properties: {
        row: {
          type: 'integer',
          minimum: 1,
        },
        remark: {
          type: ['string', 'null'],
        },
      },
    },
    param: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'description'],
      properties: {
        type: {
          enum: ['string', 'integer'],
        },
        description: {
          description: 'What the value is, per locale, without placeholders.',
          $ref: '#/definitions/texts',
        },
        element: {
          description:
            'The child of <Error> that carries the value on the wire (also its key in a JSON body), e.g. BucketName. Absent when the wire does not carry it.',
          type: 'string',
          minLength: 1,
        },
        header: {
          description:
            'The response header that carries the value on the wire, e.g. Content-Range. Absent when no header carries it.',
          type: 'string',
          minLength: 1,
        },
        example: {
          description:
            "A value as the wire carries it, of the param's type, for the examples of the OpenAPI document and the reference (the examples' bucket is examplebucket, their key photos/puppy.jpg).",
          type: ['string', 'integer'],
        },
      },
    },
    variant: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'message', 'text', 'sources', 'notes'],
      properties: {
        id: {
          description: 'lowerCamelCase identifier, unique within its code.',
          type: 'string',
          pattern: '^[a-z][A-Za-z0-9]*$',
        },
        message: {
          $ref: '#/definitions/wireMessage',
        },
        text: {
          $ref: '#/definitions/texts',
        },
        notes: {
          type: 'string',
          minLength: 1,
        },
        sources: {
          $ref: '#/definitions/sources',
        },
        causes: {
          $ref: '#/definitions/causes',
        },
        deprecated: {
          $ref: '#/definitions/deprecation',
        },
      },
    },
    error: {
      type: 'object',
      additionalProperties: false,
      required: [
        'code',
        'httpStatus',
        'message',
        'messageSource',
        'text',
        'fault',
        'retryable',
        'throttling',
        'aws',
        'notes',
        'sources',
      ],
      properties: {
        code: {
          $ref: '#/definitions/code',
        },
        httpStatus: {
          $ref: '#/definitions/httpStatus',
        },
        statuses: {
          description:
            'Every status a client may see for this code, the sent httpStatus included (other servers of JSS, the second source, proxies). Default: [httpStatus].',
          type: 'array',
          uniqueItems: true,
          minItems: 1,
          items: {
            $ref: '#/definitions/httpStatus',
          },
        },
        message: {
          $ref: '#/definitions/wireMessage',
        },
        messageSource: {
          description:
            "How the wire message was decided: seed (the seed table), aws (the AWS S3 message of the same code), page (the S3-compatible page's description), observed (seen on the wire).",
          enum: ['seed', 'aws', 'page', 'observed'],
        },
        text: {
          $ref: '#/definitions/texts',
        },
        params: {
          description:
            'The details the code may carry, declared once per code: placeholders of its texts and the elements and headers its wire response carries. They become typed fields of its class.',
          type: 'object',
          propertyNames: {
            pattern: '^[a-z][A-Za-z0-9]*$',
          },
          additionalProperties: {
            $ref: '#/definitions/param',
          },
        },
        constraints: {
          description:
            'Rules a value of the request must meet, else the service answers with this code (InvalidBucketName: the bucket name), by param name. Printed in errorInfo[code].constraints, which the stand-in applies.',
          type: 'object',
          minProperties: 1,
          propertyNames: {
            pattern: '^[a-z][A-Za-z0-9]*$',
          },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              minLength: {
                description: 'Fewest characters.',
                type: 'integer',
                minimum: 0,
              },
              maxLength: {
                description: 'Most characters.',
                type: 'integer',
                minimum: 1,
              },
              pattern: {
                description:
                  'A JavaScript regular expression (with the u flag) the whole value must match: anchor it with ^ and $.',
                type: 'string',
                minLength: 1,
              },
            },
          },
        },
        fault: {
          enum: ['client', 'server'],
        },
        retryable: {
          type: 'boolean',
        },
        throttling: {
          type: 'boolean',
        },
        retryAfter: {
          description: 'Suggested Retry-After in seconds.',
          type: 'integer',
          minimum: 1,
          maximum: 3600,
        },
        retryWhen: {
          description:
            'What a retry needs first; a retry without it fails the same way. clockCorrected: the client corrects its clock offset (from the response) and signs the request again.',
          enum: ['clockCorrected'],
        },
        aws: {
          description: 'The AWS S3 counterpart, or null when AWS S3 has no such code.',
          oneOf: [
            {
              type: 'null',
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['code', 'httpStatus'],
              properties: {
                code: {
                  $ref: '#/definitions/code',
                },
                httpStatus: {
                  $ref: '#/definitions/httpStatus',
                },
              },
            },
          ],
        },
        aliases: {
          description: 'Other spellings a parser maps to this code (matched case-insensitively).',
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/definitions/code',
          },
        },
        notes: {
          type: 'string',
          minLength: 1,
        },
        variants: {
          type: 'array',
          items: {
            $ref: '#/definitions/variant',
          },
        },
        sources: {
          $ref: '#/definitions/sources',
        },
        causes: {
          $ref: '#/definitions/causes',
        },
        deprecated: {
          $ref: '#/definitions/deprecation',
        },
      },
    },
    pageRow: {
      description: "A row of JD Cloud's S3-compatible error page (the second source).",
      type: 'object',
      additionalProperties: false,
      required: ['row', 'httpStatus', 'description'],
      properties: {
        row: {
          description: "1-based data row of the page's table.",
          type: 'integer',
          minimum: 1,
        },
        httpStatus: {
          $ref: '#/definitions/httpStatus',
        },
        description: {
          description: "The page's description, per edition (not a wire message).",
          type: 'object',
          additionalProperties: {
            type: 'string',
          },
        },
      },
    },
    sources: {
      description:
        'Where the entry comes from: a row of the seed table, rows of the S3-compatible page, an observation of a live endpoint, or none of them (say so in notes).',
      type: 'object',
      additionalProperties: false,
      properties: {
        seed: {
          $ref: '#/definitions/seed',
        },
        page: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/pageRow',
          },
        },
        observed: {
          description:
            'The observation the wire message was taken from: a case of a probe report (jss-errors probe --out) in catalog/observations/, which must exist and carry this code and message.',
          type: 'object',
          additionalProperties: false,
          required: ['file', 'case'],
          properties: {
            file: {
              description: "The report's file name in catalog/observations/, e.g. jss-cn-north-1-2026-12-01.json.",
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*\\.json$',
            },
            case: {
              description: 'The probe case whose answer carried the message, e.g. no-such-key-get.',
              type: 'string',
              minLength: 1,
            },
          },
        },
      },
    },
    causes: {
      description: 'Likely causes, each with what to do, for a developer reading a console or a log.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['cause', 'fix'],
        properties: {
          cause: {
            $ref: '#/definitions/texts',
          },
          fix: {
            $ref: '#/definitions/texts',
          },
        },
      },
    },
    since: {
      description:
        'The date (YYYY-MM-DD, UTC) the catalog made the change. A date, not a package version: the catalog is released by several packages, each with its own version decided later by changesets.',
      type: 'string',
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    },
    deprecation: {
      description:
        'The code or variant still works but should no longer be relied on: editors strike it through, the docs and the OpenAPI document mark it.',
      type: 'object',
      additionalProperties: false,
      required: ['since', 'reason'],
      properties: {
        since: {
          $ref: '#/definitions/since',
        },
        replacement: {
          description: 'The code to use instead: a code of this catalog, not retired.',
          $ref: '#/definitions/code',
        },
        reason: {
          description: 'Why, per locale, without placeholders.',
          $ref: '#/definitions/texts',
        },
      },
    },
    retiredError: {
      description: 'A code no longer in the catalog, with what its documentation and the parser still need.',
      type: 'object',
      additionalProperties: false,
      required: ['code', 'httpStatus', 'message', 'text', 'since', 'reason'],
      properties: {
        code: {
          $ref: '#/definitions/code',
        },
        httpStatus: {
          $ref: '#/definitions/httpStatus',
        },
        message: {
          $ref: '#/definitions/wireMessage',
        },
        text: {
          $ref: '#/definitions/texts',
        },
        params: {
          description: 'Placeholders its text carries, as for a code.',
          type: 'object',
          propertyNames: {
            pattern: '^[a-z][A-Za-z0-9]*$',
          },
          additionalProperties: {
            $ref: '#/definitions/param',
          },
        },
        since: {
          $ref: '#/definitions/since',
        },
        replacement: {
          description: 'The code to use instead: a code of this catalog, not retired.',
          $ref: '#/definitions/code',
        },
        reason: {
          description: 'Why it was removed, per locale, without placeholders.',
          $ref: '#/definitions/texts',
        },
        aliases: {
          description: 'Other spellings the parser recognised it by; they stay reserved too.',
          type: 'array',
          uniqueItems: true,
          items: {
            $ref: '#/definitions/code',
          },
        },
      },
    },
  },
} as const;

/** The catalog file after it passed the schema. */
export type RawCatalog = FromSchema<typeof catalogSchema>;

/** `catalog/schema.json` as written and published. */
export const catalogSchemaJson = `${JSON.stringify(catalogSchema, null, 2)}\n`;
