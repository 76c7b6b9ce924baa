import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const templatesDir = new URL('../../templates/', import.meta.url);

/**
 * How each template is compiled. Text is not HTML: no escaping (`noEscape`). An HTML template
 * (`*.html.hbs`) HTML-escapes every `{{value}}` (`& < > " ' \` =`), so catalog text can sit in
 * element content and in quoted attributes; `{{{raw}}}` is for markup the emitter built itself
 * from escaped parts. In both a missing variable is an error, not an empty string (`strict`), and
 * only handlebars' own helpers exist (`knownHelpersOnly`: a value is read, never looked up as a helper).
 * Views hold strings only (handlebars 4.7 adds adjacent numbers under noEscape).
 */
function optionsOf(name: string): CompileOptions {
  return { noEscape: !isHtml(name), strict: true, knownHelpersOnly: true };
}

function isHtml(name: string): boolean {
  return name.endsWith('.html.hbs');
}

/** Every template under generators/templates, by its path there (`site/code.html.hbs`). */
function templateSources(): Map<string, string> {
  const names = readdirSync(templatesDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.hbs'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(new URL(name, templatesDir), 'utf8')]));
}

/** Templates by name, compiled on first use (handlebars compiles each when first rendered). */
let templates: Map<string, HandlebarsTemplateDelegate> | undefined;
function loadTemplates(): Map<string, HandlebarsTemplateDelegate> {
  const engine = Handlebars.create();
  return new Map([...templateSources()].map(([name, text]) => [name, engine.compile(text, optionsOf(name))]));
}

function template(name: string, html: boolean): HandlebarsTemplateDelegate {
  templates ??= loadTemplates();
  const found = templates.get(name);
  if (found === undefined) throw new Error(`no template ${name} in ${fileURLToPath(templatesDir)}`);
  if (isHtml(name) !== html) throw new Error(`${name} is ${html ? 'not ' : ''}an HTML template (*.html.hbs)`);
  return found;
}

/** Renders a text template (not `*.html.hbs`) from generators/templates: nothing is escaped. */
export function render(name: string, view: object): string {
  return template(name, false)(view);
}

/**
 * Renders an HTML template (`*.html.hbs`): every `{{value}}` is HTML-escaped; its partials
 * (`{{> header}}`) are the HTML templates `partials` names.
 */
export function renderHtml(name: string, view: object, partials: Readonly<Record<string, string>> = {}): string {
  const resolved: Record<string, HandlebarsTemplateDelegate> = {};
  for (const [partial, file] of Object.entries(partials)) resolved[partial] = template(file, true);
  return template(name, true)(view, { partials: resolved });
}

/** A template file's text, as it is (stylesheets and scripts the site copies). */
export function templateText(name: string): string {
  return readFileSync(new URL(name, templatesDir), 'utf8');
}
