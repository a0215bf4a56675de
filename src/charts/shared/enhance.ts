/**
 * Progressive enhancement shared by every chart: a tooltip for marks with data-tip (on hover, on
 * tap, and from the keyboard: Tab to the chart, arrow keys from mark to mark), highlighting
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

  /** Highlights the marks sharing `target`'s key and shows its tip at (x, y) in the figure. */
  const showAt = (target: Element, svg: SVGSVGElement, x: number, y: number) => {
    const keyed = target.closest<SVGElement>('[data-key]');
    clear(svg);
    if (keyed) {
      svg.classList.add('is-dimmed');
      for (const el of svg.querySelectorAll(`[data-key="${CSS.escape(keyed.dataset['key']!)}"]`))
        el.classList.add('is-lit');
    }
    const tipped = target.closest<SVGElement>('[data-tip]');
    if (!tipped) {
      tip.hidden = true;
      return;
    }
    tip.textContent = tipped.dataset['tip']!;
    tip.hidden = false;
    const box = figure.getBoundingClientRect();
    tip.style.left = `${Math.max(0, Math.min(x + 12, box.width - tip.offsetWidth))}px`;
    tip.style.top = `${y + 16}px`;
  };

  const show = (event: PointerEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const svg = target?.closest('svg');
    if (!target || !svg) return;
    const box = figure.getBoundingClientRect();
    showAt(target, svg, event.clientX - box.left, event.clientY - box.top);
  };

  /** Keyboard and focus: the tip of a mark sits under the mark. */
  const showMark = (mark: Element, svg: SVGSVGElement) => {
    const box = figure.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    showAt(mark, svg, r.left - box.left + r.width / 2 - 12, r.bottom - box.top - 8);
  };

  const hide = (svg: Element) => {
    clear(svg);
    tip.hidden = true;
  };

  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.chart__svg')) {
    svg.addEventListener('pointermove', (e) => show(e as PointerEvent));
    // A tap shows the tip and leaves it until the next tap elsewhere; a mouse leaving hides it.
    svg.addEventListener('pointerdown', (e) => show(e as PointerEvent));
    svg.addEventListener('pointerleave', (e) => {
      if ((e as PointerEvent).pointerType === 'mouse') hide(svg);
    });
    document.addEventListener('pointerdown', (e) => {
      if (!(e.target instanceof Node && svg.contains(e.target))) hide(svg);
    });

    // Links in the chart (a map's countries) show their tip when focused.
    if (svg.querySelector('a[data-tip]')) {
      svg.addEventListener('focusin', (e) => e.target instanceof Element && showMark(e.target, svg));
      svg.addEventListener('focusout', () => hide(svg));
      continue;
    }
    // Otherwise the chart takes the focus once and the arrow keys step through its marks.
    const marks = [...svg.querySelectorAll('[data-tip]')];
    if (marks.length === 0) continue;
    let current = 0;
    svg.setAttribute('tabindex', '0');
    svg.dataset['keys'] = '1';
    svg.addEventListener('focus', () => showMark(marks[current]!, svg));
    svg.addEventListener('blur', () => hide(svg));
    svg.addEventListener('keydown', (e) => {
      const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      if (e.key === 'Escape') return hide(svg);
      if (e.key === 'Home') current = 0;
      else if (e.key === 'End') current = marks.length - 1;
      else if (e.key in step) current = (current + step[e.key]! + marks.length) % marks.length;
      else return;
      e.preventDefault();
      showMark(marks[current]!, svg);
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
