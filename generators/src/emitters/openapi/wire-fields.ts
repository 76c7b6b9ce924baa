import type { CatalogModel, ErrorModel, ParamModel } from '../../model/types.js';
import { localizedDescription } from './locale-text.js';

const jsonType = (p: ParamModel) => ({ type: p.type });

/**
 * The elements of a code's error body beyond the base ones, as schema properties: the element's
 * name, its type and its description. `xml: true` names the element for the XML body.
 */
export function wireProperties(model: CatalogModel, e: ErrorModel, xml: boolean): Record<string, unknown> {
  return Object.fromEntries(
    e.params.flatMap((p) =>
      p.wire?.element === undefined
        ? []
        : [
            [
              p.wire.element,
              {
                ...jsonType(p),
                ...localizedDescription(p.description, model.locales),
                ...(xml ? { xml: { name: p.wire.element } } : {}),
              },
            ],
          ],
    ),
  );
}

/**
 * The response headers the codes' params travel in, by header name (the first code's spelling and
 * description where several codes send one header, as the codes of one status may).
 */
export function wireHeaders(model: CatalogModel, errors: readonly ErrorModel[]): Record<string, unknown> {
  const out = new Map<string, [string, unknown]>();
  for (const e of errors) {
    for (const p of e.params) {
      const header = p.wire?.header;
      if (header === undefined || out.has(header.toLowerCase())) continue;
      out.set(header.toLowerCase(), [
        header,
        {
          ...localizedDescription(p.description, model.locales),
          schema: jsonType(p),
          ...(p.example === undefined ? {} : { example: p.example }),
        },
      ]);
    }
  }
  return Object.fromEntries(out.values());
}
