/**
 * Progressive enhancement shared by every chart: a tooltip for marks with data-tip, highlighting
 * of marks with the same data-key, and a PNG download drawn from the chart's SVG file. The charts
 * are complete without it (labels, data table, SVG and CSV downloads).
 */

function enhance(figure: HTMLElement): void {
  if (figure.dataset['enhanced']) return;
  figure.dataset['enhanced'] = '1';
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('role', 'status');
  figure.append(tip);

  const clear = (svg: Element | null) => {
    svg?.classList.remove('is-dimmed');
    for (const lit of figure.querySelectorAll('.is-lit')) lit.classList.remove('is-lit');
  };

  const show = (event: PointerEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const svg = target?.closest('svg');
    if (!target || !svg) return;
    const keyed = target.closest<SVGElement>('[data-key]');
    clear(svg);
    if (keyed) {
      svg.classList.add('is-dimmed');
      for (const el of svg.querySelectorAll(`[data-key="${CSS.escape(keyed.dataset['key']!)}"]`)) el.classList.add('is-lit');
    }
    const tipped = target.closest<SVGElement>('[data-tip]');
    if (!tipped) {
      tip.hidden = true;
      return;
    }
    tip.textContent = tipped.dataset['tip']!;
    tip.hidden = false;
    const box = figure.getBoundingClientRect();
    const x = event.clientX - box.left;
    const left = Math.max(0, Math.min(x + 12, box.width - tip.offsetWidth));
    tip.style.left = `${left}px`;
    tip.style.top = `${event.clientY - box.top + 16}px`;
  };

  for (const svg of figure.querySelectorAll('svg.chart__svg')) {
    svg.addEventListener('pointermove', (e) => show(e as PointerEvent));
    svg.addEventListener('pointerdown', (e) => show(e as PointerEvent));
    svg.addEventListener('pointerleave', () => {
      clear(svg);
      tip.hidden = true;
    });
  }

  const png = figure.querySelector<HTMLButtonElement>('button[data-png]');
  if (png && 'toBlob' in HTMLCanvasElement.prototype) {
    png.closest('li')!.hidden = false;
    png.addEventListener('click', () => void downloadPng(png.dataset['png']!, png.dataset['name']!));
  }
}

/** Draws the chart's SVG file on a canvas at twice its size and saves it as PNG. */
async function downloadPng(src: string, name: string): Promise<void> {
  const image = new Image();
  image.src = src;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  canvas.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }, 'image/png');
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) enhance(figure);
