// Renders the Mermaid blocks of a typedoc page (`<pre><code class="mermaid">`) as SVG, with
// the Mermaid bundle copied beside this file (no CDN). Loads the bundle only when the page
// has a diagram. Sets `data-mermaid` on <html> to `none`, `rendered` or `error` when done,
// and on each diagram to `rendered` or `error`, so a headless browser can check the result.
(() => {
  const root = document.documentElement;
  const blocks = Array.from(document.querySelectorAll('pre > code.mermaid'));
  if (blocks.length === 0) {
    root.dataset.mermaid = 'none';
    return;
  }
  root.dataset.mermaid = 'loading';
  const bundle = new URL('mermaid.min.js', document.currentScript.src).href;

  // typedoc keeps <body> hidden until its own script shows the page; Mermaid measures text
  // while laying out, which needs the page displayed.
  const displayed = () =>
    new Promise((resolve) => {
      const check = () => (getComputedStyle(document.body).display === 'none' ? setTimeout(check, 25) : resolve());
      check();
    });

  // One diagram over the whole window at its natural size, scrolling both ways; the button
  // or Escape puts it back.
  const expandButton = (figure) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'mermaid-diagram-expand';
    button.textContent = 'Full size';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const expanded = figure.classList.toggle('mermaid-diagram--expanded');
      button.textContent = expanded ? 'Close' : 'Full size';
      button.setAttribute('aria-expanded', String(expanded));
    });
    return button;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const figure of document.querySelectorAll('.mermaid-diagram--expanded')) figure.querySelector('.mermaid-diagram-expand')?.click();
  });

  const render = async () => {
    await displayed();
    const mermaid = window.mermaid;
    // Diagrams keep their natural size (the card scrolls sideways when one is wider than the
    // page): scaled down to the column, a topology's or a lifecycle's labels would be too small
    // to read. "Full size" shows one over the whole window.
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'default',
      flowchart: { htmlLabels: true, useMaxWidth: false },
      state: { useMaxWidth: false },
    });
    let failures = 0;
    for (const [index, code] of blocks.entries()) {
      const pre = code.parentElement;
      const figure = document.createElement('div');
      figure.className = 'mermaid-diagram';
      try {
        const { svg } = await mermaid.render(`mermaid-diagram-${index}`, code.textContent || '');
        figure.innerHTML = svg;
        figure.dataset.mermaid = 'rendered';
        figure.prepend(expandButton(figure));
        pre.replaceWith(figure);
      } catch (error) {
        failures++;
        figure.dataset.mermaid = 'error';
        figure.textContent = `This diagram could not be rendered: ${error && error.message ? error.message : error}`;
        pre.before(figure);
      }
    }
    root.dataset.mermaid = failures === 0 ? 'rendered' : 'error';
  };

  const script = document.createElement('script');
  script.src = bundle;
  script.onload = () => {
    render().catch((error) => {
      root.dataset.mermaid = 'error';
      console.error(error);
    });
  };
  script.onerror = () => {
    root.dataset.mermaid = 'error';
    console.error(`could not load ${bundle}`);
  };
  document.head.append(script);
})();
