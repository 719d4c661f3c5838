// Runs in the docs page (the browser check evaluates it): for every rendered diagram, how
// large its smallest label is on screen, and where its drawing lies inside its SVG box, so
// the check can refuse labels too small to read, a drawing cut off, or an empty band.
// Returns one entry per `.mermaid-diagram svg`.
() =>
  Array.from(document.querySelectorAll('.mermaid-diagram svg')).map((svg) => {
    const box = svg.getBoundingClientRect();
    const viewBox = svg.viewBox && svg.viewBox.baseVal;
    const scale = viewBox && viewBox.width > 0 ? box.width / viewBox.width : 1;
    const labels = Array.from(svg.querySelectorAll('.nodeLabel, .edgeLabel, text, span')).filter((e) => (e.textContent || '').trim() !== '');
    const fonts = labels.map((e) => parseFloat(getComputedStyle(e).fontSize) * scale).filter((n) => Number.isFinite(n));
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const part of svg.querySelectorAll('g.node, g.edgeLabel, path, rect, text, foreignObject, circle, line, polygon')) {
      const b = part.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      left = Math.min(left, b.left);
      top = Math.min(top, b.top);
      right = Math.max(right, b.right);
      bottom = Math.max(bottom, b.bottom);
    }
    return {
      width: box.width,
      height: box.height,
      scale,
      smallestLabelPx: fonts.length > 0 ? Math.min(...fonts) : 0,
      drawing: { left: left - box.left, top: top - box.top, right: right - box.left, bottom: bottom - box.top },
    };
  });
