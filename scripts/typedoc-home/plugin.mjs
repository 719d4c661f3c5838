// @ts-check
/**
 * A local typedoc plugin for the site's home page: the README opens with the package name as
 * its title (which the npm page needs), and typedoc already heads the page with the project
 * name, so the README's own first heading is dropped there and the title shows once.
 */
import { MarkdownEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.page.url !== 'index.html' || !event.originalText.startsWith(`# ${app.options.getValue('name')}\n`)) return;
    event.parsedText = event.parsedText.replace(/^\s*<h1\b[^>]*>[\s\S]*?<\/h1>/, '');
  });
}
