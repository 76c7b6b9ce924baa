import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const templatesDir = new URL('../../templates/', import.meta.url);
const textEngine = Handlebars.create();
const htmlEngine = Handlebars.create();
const cache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a template from generators/templates. Text is not HTML: no escaping (`noEscape`),
 * and a missing variable is an error, not an empty string (`strict`). Callers pass strings only
 * (handlebars 4.7 adds adjacent numbers under noEscape).
 */
export function render(name: string, view: object): string {
  return compiled(textEngine, name, true)(view);
}

/**
 * Renders an HTML template: every `{{value}}` is HTML-escaped (`& < > " ' \` =`), so catalog text
 * can sit in element content and in quoted attributes; `strict` as above. Views hold strings only;
 * `{{{raw}}}` is for markup the emitter built itself from escaped parts.
 */
export function renderHtml(name: string, view: object): string {
  return compiled(htmlEngine, name, false)(view);
}

/** Registers a partial of the HTML engine (`{{> name}}`) from a template file. */
export function registerHtmlPartial(name: string, file: string): void {
  if (htmlEngine.partials[name] === undefined)
    htmlEngine.registerPartial(name, readFileSync(new URL(file, templatesDir), 'utf8'));
}

/** A template file's text, as it is (stylesheets and scripts the site copies). */
export function templateText(name: string): string {
  return readFileSync(new URL(name, templatesDir), 'utf8');
}

function compiled(engine: typeof Handlebars, name: string, noEscape: boolean): HandlebarsTemplateDelegate {
  const key = `${noEscape ? 'text' : 'html'}:${name}`;
  let template = cache.get(key);
  if (!template) {
    const source = readFileSync(new URL(name, templatesDir), 'utf8');
    template = engine.compile(source, { noEscape, strict: true });
    cache.set(key, template);
  }
  return template;
}
