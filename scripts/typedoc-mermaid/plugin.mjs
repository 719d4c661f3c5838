// @ts-check
/**
 * A local typedoc plugin that renders the ```mermaid blocks of the guides as diagrams, offline.
 *
 * typedoc prints a ```mermaid block as `<pre><code class="mermaid">` (the language is listed in
 * `ignoredHighlightLanguages`, so it is accepted and left unhighlighted). This plugin copies
 * Mermaid's own browser bundle (`mermaid/dist/mermaid.min.js`, pinned in devDependencies) and
 * a small renderer into the site's `assets/`, and adds the renderer to every page. The
 * renderer loads the bundle only on pages that hold a diagram. Nothing is fetched from a CDN,
 * so the site works offline and the docs build needs no network.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSX, RendererEvent } from 'typedoc';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('head.end', (context) =>
    JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/mermaid-diagrams.css', true) }),
  );
  app.renderer.hooks.on('body.end', (context) =>
    JSX.createElement('script', { defer: true, src: context.relativeURL('assets/mermaid-diagrams.js', true) }),
  );
  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(assets, { recursive: true });
    copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), join(assets, 'mermaid.min.js'));
    copyFileSync(join(here, 'mermaid-diagrams.js'), join(assets, 'mermaid-diagrams.js'));
    copyFileSync(join(here, 'mermaid-diagrams.css'), join(assets, 'mermaid-diagrams.css'));
  });
}
