import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const templatesDir = new URL('../../templates/', import.meta.url);
const engine = Handlebars.create();
const cache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a template from generators/templates. Text is not HTML: no escaping (`noEscape`),
 * and a missing variable is an error, not an empty string (`strict`). Callers pass strings only
 * (handlebars 4.7 adds adjacent numbers under noEscape).
 */
export function render(name: string, view: object): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(new URL(name, templatesDir), 'utf8');
    template = engine.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(view);
}
