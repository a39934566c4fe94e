const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart as a standalone SVG file: a white background and dark text, since outside the
 * library nothing sets `currentColor` (a dark theme's light text would vanish on white).
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', '#1a1a1a');
  copy.removeAttribute('class');
  copy.removeAttribute('data-testid');
  const background = copy.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  // Keyboard and test hooks mean nothing in a file.
  for (const el of copy.querySelectorAll('[tabindex], [data-testid], [data-clipping], [role]')) {
    if (el === copy) continue;
    el.removeAttribute('tabindex');
    el.removeAttribute('data-testid');
    el.removeAttribute('data-clipping');
    el.removeAttribute('role');
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * The chart rasterised at twice its size. The SVG goes through a blob: image, which the
 * library's CSP allows (img-src blob:) and which does not taint the canvas.
 */
export async function svgToPng(markup: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
