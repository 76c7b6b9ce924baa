import type { ParamModel, ParamWireModel } from '../model/types.js';

/** Where the wire carries a param, in English: ``the element `<ETag>` of the error body``, ``the header `Content-Range` ``. */
export function wirePlaces(wire: ParamWireModel): string {
  const places = [
    ...(wire.element === undefined ? [] : [`the element \`<${wire.element}>\` of the error body`]),
    ...(wire.header === undefined ? [] : [`the header \`${wire.header}\``]),
  ];
  return places.join(' and ');
}

/** A param's description in `locale`, then where the wire carries it: the JSDoc of its field. */
export function paramSummary(p: ParamModel, locale: string): string {
  const description = p.description[locale]!.replace(/\s+/g, ' ');
  return p.wire === undefined ? description : `${description} Sent in ${wirePlaces(p.wire)}.`;
}
