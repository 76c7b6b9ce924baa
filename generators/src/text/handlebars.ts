import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type HandlebarsFull from 'handlebars';
import runtimeModule from 'handlebars/runtime.js';

const templatesDir = new URL('../../templates/', import.meta.url);
const require = createRequire(import.meta.url);
/** Handlebars without its compiler: what runs templates compiled at build time. Its types say nothing. */
const HandlebarsRuntime = runtimeModule as unknown as Pick<typeof HandlebarsFull, 'create'>;

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

/**
 * The templates compiled when the generator was built, as a CommonJS module's source
 * (scripts/compile-templates.mjs writes it to dist/text/templates.cjs): loading handlebars'
 * compiler and compiling every template cost a fifth of a no-op `generate`.
 */
export function precompiledModule(): string {
  const compiler = require('handlebars') as typeof HandlebarsFull;
  const entries = [...templateSources()].map(([name, source]) => {
    const spec = compiler.precompile(source, optionsOf(name));
    return `  ${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, spec: ${spec} },`;
  });
  const banner = '// Generated at build time from generators/templates by scripts/compile-templates.mjs.';
  return `${banner}\nmodule.exports = {\n${entries.join('\n')}\n};\n`;
}

interface Precompiled {
  readonly source: string;
  readonly spec: TemplateSpecification;
}

/**
 * Templates by name. The built ones are used only while every template file still reads as it did
 * at the build; an edited template, or a run from source (tests), compiles them all here instead.
 */
let templates: Map<string, HandlebarsTemplateDelegate> | undefined;
function loadTemplates(): Map<string, HandlebarsTemplateDelegate> {
  const sources = templateSources();
  let built: Readonly<Record<string, Precompiled>> = {};
  try {
    built = require('./templates.cjs') as Record<string, Precompiled>;
  } catch {
    // Not built: compile below.
  }
  const current =
    Object.keys(built).length === sources.size && [...sources].every(([name, text]) => built[name]?.source === text);
  if (current) {
    const engine = HandlebarsRuntime.create();
    return new Map([...sources.keys()].map((name) => [name, engine.template(built[name]!.spec)]));
  }
  const engine = (require('handlebars') as typeof HandlebarsFull).create();
  return new Map([...sources].map(([name, text]) => [name, engine.compile(text, optionsOf(name))]));
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
