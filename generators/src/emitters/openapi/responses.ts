import type { CatalogModel, DeprecationModel, ErrorModel, LocalizedText } from '../../model/types.js';
import { docUrlOf } from '../doc-url.js';
import { label } from '../../text/label.js';
import { joinSentences } from '../../text/markdown.js';
import { exampleRefs } from './examples.js';
import { localizedDescription } from './locale-text.js';
import { bodilessResponseName, HEADER_NAMES, responseName, SCHEMA_NAMES, statusResponseName } from './names.js';
import { headerRef } from './schemas.js';
import { anyOfText, bodilessText } from './status-text.js';
import { wireCases, type WireCase } from './wire-cases.js';
import { wireHeaders, wireProperties } from './wire-fields.js';

/**
 * `components.responses`: one per code (its variants as extra examples), one per variant, and per
 * status one with every code of that status as examples (an operation's responses are keyed by
 * status) and one without a body.
 */
export function responseComponents(model: CatalogModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const error of model.errors) {
    const cases = wireCases(error);
    out[responseName(error.messageKey)] = caseResponse(model, cases[0]!, cases);
    for (const c of cases.slice(1)) out[responseName(c.key)] = caseResponse(model, c, [c]);
  }
  for (const status of model.statuses) {
    const errors = model.errors.filter((e) => e.statuses.includes(status));
    out[statusResponseName(status)] = statusResponse(model, status, errors);
    out[bodilessResponseName(status)] = bodilessResponse(model, status, errors);
  }
  return out;
}

/** One code or variant: its status, texts and facts as extensions, and its examples. */
function caseResponse(model: CatalogModel, c: WireCase, examples: readonly WireCase[]) {
  const e = c.error;
  return {
    ...localizedDescription(withDeprecation(model, c, withCauses(model, c)), model.locales),
    'x-jss-code': e.code,
    ...(c.variant === undefined ? {} : { 'x-jss-variant': c.variant }),
    'x-jss-status': e.httpStatus,
    ...(e.statuses.length > 1 ? { 'x-jss-statuses': e.statuses } : {}),
    'x-jss-message': c.message,
    'x-jss-fault': e.fault,
    'x-jss-retryable': e.retryable,
    'x-jss-throttling': e.throttling,
    ...(e.retryAfter === undefined ? {} : { 'x-jss-retry-after': e.retryAfter }),
    ...(e.aws === undefined ? {} : { 'x-aws-code': e.aws.code, 'x-aws-status': e.aws.httpStatus }),
    ...(c.deprecated === undefined ? {} : { 'x-jss-deprecated': deprecationExtension(model, c.deprecated) }),
    // A Response Object has no `externalDocs` field (OpenAPI 3.0 and 3.1); validators refuse one.
    'x-jss-external-docs': { url: docUrlOf(model, e, c.variant) },
    headers: { ...headers(e.retryAfter === undefined ? [] : [e]), ...wireHeaders(model, [e]) },
    content: content(examples, c.deprecated !== undefined, (xml) => wireProperties(model, e, xml)),
  };
}

function statusResponse(model: CatalogModel, status: number, errors: readonly ErrorModel[]) {
  const codes = errors.map((e) => e.code);
  return {
    ...localizedDescription(anyOfText(model, status, codes), model.locales),
    'x-jss-status': status,
    'x-jss-codes': codes,
    headers: { ...headers(errors.filter((e) => e.retryAfter !== undefined)), ...wireHeaders(model, errors) },
    // Every code's elements, so each code's example validates against the one schema of the status.
    content: content(errors.flatMap(wireCases), false, (xml) =>
      Object.assign({}, ...errors.map((e) => wireProperties(model, e, xml)).reverse()),
    ),
  };
}

function bodilessResponse(model: CatalogModel, status: number, errors: readonly ErrorModel[]) {
  const fallback = model.statusDefaults.find((d) => d.httpStatus === status);
  const code = fallback?.code ?? errors[0]!.code;
  return {
    ...localizedDescription(bodilessText(model, status, code, fallback?.note), model.locales),
    'x-jss-status': status,
    'x-jss-default-code': code,
    headers: headers(errors.filter((e) => e.retryAfter !== undefined)),
  };
}

/** The request ids always; `Retry-After` when any of `retrying` has a suggested delay. */
function headers(retrying: readonly ErrorModel[]) {
  const out: Record<string, unknown> = {
    'x-amz-request-id': headerRef(HEADER_NAMES.requestId),
    'x-amz-id-2': headerRef(HEADER_NAMES.hostId),
  };
  if (retrying.length === 1) {
    const e = retrying[0]!;
    out['Retry-After'] = {
      description: `Seconds to wait before retrying ${e.code}; JSS suggests ${e.retryAfter!}.`,
      schema: { type: 'integer', minimum: 0 },
      example: e.retryAfter,
    };
  } else if (retrying.length > 1) {
    out['Retry-After'] = headerRef(HEADER_NAMES.retryAfter);
  }
  return out;
}

/**
 * The bodies of the cases. A deprecated case's body schema says `deprecated: true`, the one
 * place per code OpenAPI allows it (responses have no such field); one code's body adds the
 * elements its params travel in. Both through `allOf`, since in 3.0 a `$ref` hides its siblings.
 */
function content(
  cases: readonly WireCase[],
  deprecated = false,
  ownProperties: (xml: boolean) => Record<string, unknown> = () => ({}),
) {
  const schema = (name: string, xml: boolean) => {
    const ref = { $ref: `#/components/schemas/${name}` };
    const properties = ownProperties(xml);
    const own = Object.keys(properties).length > 0 ? [{ type: 'object', properties }] : [];
    if (!deprecated && own.length === 0) return ref;
    return { allOf: [ref, ...own], ...(deprecated ? { deprecated: true } : {}) };
  };
  return {
    'application/xml': { schema: schema(SCHEMA_NAMES.xmlBody, true), examples: exampleRefs(cases, 'xml') },
    'application/json': { schema: schema(SCHEMA_NAMES.jsonBody, false), examples: exampleRefs(cases, 'json') },
  };
}

/** `x-jss-deprecated`: since, the replacement's code, and the reason in every locale. */
function deprecationExtension(model: CatalogModel, d: DeprecationModel) {
  return {
    since: d.since,
    ...(d.replacement === undefined ? {} : { replacement: d.replacement }),
    ...localizedDescription(d.reason, model.locales),
  };
}

/** A deprecated case's description starts by saying so: `Deprecated since …: reason`, then the text. */
function withDeprecation(model: CatalogModel, c: WireCase, text: LocalizedText): LocalizedText {
  const d = c.deprecated;
  if (d === undefined) return text;
  return Object.fromEntries(
    model.locales.all.map((locale) => [
      locale,
      `${joinSentences(label(model, 'openapi.deprecated', locale, { since: d.since }), d.reason[locale]!)}\n\n${text[locale]!}`,
    ]),
  );
}

/** The case's text, then its causes and what to do, as a Markdown list, per locale. */
function withCauses(model: CatalogModel, c: WireCase): LocalizedText {
  if (c.causes.length === 0) return c.text;
  return Object.fromEntries(
    model.locales.all.map((locale) => [
      locale,
      [
        c.text[locale]!,
        '',
        label(model, 'openapi.causes', locale),
        ...c.causes.map((k) => `- ${joinSentences(k.cause[locale]!, k.fix[locale]!)}`),
      ].join('\n'),
    ]),
  );
}
