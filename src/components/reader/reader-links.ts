/**
 * Reader enhancements (the reader and the side-by-side view work without them):
 * - a "copy link" button after every passage's ¶, copying the passage's absolute address;
 * - in the side-by-side view, each table row as tall as its counterpart, so rows line up.
 */

// The buttons, the row heights and late font fallback change the layout after the browser scrolled
// to the #anchor, and scroll anchoring can then carry the view away from it (a phone's stacked
// columns): while the page settles, and until the reader scrolls, the view lands on it again.
function keepAnchorInView(): void {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return;
  const land = () => target.scrollIntoView({ block: 'start', behavior: 'instant' });
  const watcher = new ResizeObserver(() => requestAnimationFrame(land));
  watcher.observe(document.body);
  const stop = () => watcher.disconnect();
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
    addEventListener(type, stop, { once: true, passive: true });
  setTimeout(stop, 3000);
  land();
}
if (document.readyState === 'complete') keepAnchorInView();
else addEventListener('load', keepAnchorInView, { once: true });

const strings = document.querySelector<HTMLElement>('[data-reader-links]')?.dataset;
const liveRegion = document.querySelector<HTMLElement>('[data-reader-links-status]');

if (strings) {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main a.anchor-link:not(.anchor-link--lang)')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para-copy';
    button.textContent = strings['copy']!;
    button.setAttribute('aria-label', strings['label']!);
    button.addEventListener('click', async () => {
      const url = new URL(anchor.getAttribute('href')!, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        say(strings['copied']!);
      } catch {
        // No clipboard (permissions, old browser): the ¶ link puts the address in the address bar.
        location.hash = anchor.hash;
        say(strings['failed']!);
      }
    });
    // After the passage's own links (¶, and the other language's when there is one).
    const next = anchor.nextElementSibling;
    (next?.classList.contains('anchor-link--lang') ? next : anchor).after(button);
  }
}

function say(text: string): void {
  if (!liveRegion) return;
  liveRegion.textContent = '';
  // A fresh text node each time, so a repeated message is announced again.
  requestAnimationFrame(() => (liveRegion.textContent = text));
}

/** Side by side: every row (and the caption) of the original's table and of its translation gets the taller height. */
function alignRows(): void {
  for (const pair of document.querySelectorAll('.parallel__row')) {
    const [zh, en] = [pair.querySelector('.parallel__zh table'), pair.querySelector('.parallel__en table')];
    if (!zh || !en) continue;
    // The captions first (the translation's is often longer), then each row.
    const a = [...zh.querySelectorAll<HTMLElement>('caption, tr')];
    const b = [...en.querySelectorAll<HTMLElement>('caption, tr')];
    if (a.length !== b.length) continue;
    for (const tr of [...a, ...b]) tr.style.height = '';
    // Side by side only: when the columns stack (a phone), each table keeps its own rows.
    if (zh.getBoundingClientRect().left === en.getBoundingClientRect().left) continue;
    a.forEach((tr, i) => {
      const h = Math.max(tr.getBoundingClientRect().height, b[i]!.getBoundingClientRect().height);
      tr.style.height = `${h}px`;
      b[i]!.style.height = `${h}px`;
    });
  }
}

if (document.querySelector('.parallel__row')) {
  alignRows();
  let frame = 0;
  const rows = document.querySelector('.parallel__rows') ?? document.querySelector('.parallel__row')!.parentElement!;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(alignRows);
  }).observe(rows);
}
