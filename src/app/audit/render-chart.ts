// Inline SVG bar charts for report.html: no script, no external resource. Each chart is an image with a title and
// description for assistive technology; the same counts are also printed as tables next to it.
import { escapeXml } from './escape.js';
import type { CountByKey } from './types.js';

const BAR_COLOUR = '#0b5cad';
const INK = '#1b1b1b';

/** Horizontal bars, one per key (findings by rule). */
export function horizontalBarChart(id: string, title: string, data: readonly CountByKey[]): string {
  const labelWidth = 210;
  const barArea = 380;
  const rowHeight = 28;
  const width = labelWidth + barArea + 50;
  const height = Math.max(1, data.length) * rowHeight + 16;
  const max = Math.max(1, ...data.map((d) => d.count));
  const rows = data.map((d, i) => {
    const y = 8 + i * rowHeight;
    const w = Math.max(2, Math.round((d.count / max) * barArea));
    return [
      `<g class="row">`,
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" fill="${INK}">${escapeXml(d.key)}</text>`,
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" fill="${BAR_COLOUR}"><title>${escapeXml(`${d.key}: ${d.count}`)}</title></rect>`,
      `<text x="${labelWidth + w + 6}" y="${y + 17}" fill="${INK}">${d.count}</text>`,
      `</g>`,
    ].join('');
  });
  return svg(id, title, width, height, data, rows.length ? rows.join('\n') : empty(width, height));
}

/** Vertical bars in key order (findings by ISO week). */
export function verticalBarChart(id: string, title: string, data: readonly CountByKey[]): string {
  const plotHeight = 180;
  const step = Math.max(14, Math.min(56, Math.floor(600 / Math.max(1, data.length))));
  const left = 36;
  const width = Math.max(320, left + data.length * step + 16);
  const top = 24;
  const height = top + plotHeight + 70;
  const max = Math.max(1, ...data.map((d) => d.count));
  // Label every bar when they fit, else every nth so labels never overlap.
  const every = Math.max(1, Math.ceil(24 / step));
  const bars = data.map((d, i) => {
    const h = Math.max(2, Math.round((d.count / max) * plotHeight));
    const x = left + i * step;
    const label =
      i % every === 0
        ? `<text x="${x + step / 2}" y="${top + plotHeight + 16}" text-anchor="end" transform="rotate(-40 ${x + step / 2} ${top + plotHeight + 16})" fill="${INK}">${escapeXml(d.key)}</text>`
        : '';
    return [
      `<g class="column">`,
      `<rect class="bar" x="${x + 2}" y="${top + plotHeight - h}" width="${step - 4}" height="${h}" fill="${BAR_COLOUR}"><title>${escapeXml(`${d.key}: ${d.count}`)}</title></rect>`,
      step >= 20
        ? `<text x="${x + step / 2}" y="${top + plotHeight - h - 5}" text-anchor="middle" fill="${INK}">${d.count}</text>`
        : '',
      label,
      `</g>`,
    ].join('');
  });
  const axis = `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 8}" y2="${top + plotHeight}" stroke="${INK}"/>`;
  return svg(id, title, width, height, data, bars.length ? `${axis}\n${bars.join('\n')}` : empty(width, height));
}

function svg(
  id: string,
  title: string,
  width: number,
  height: number,
  data: readonly CountByKey[],
  body: string,
): string {
  const desc = data.length ? data.map((d) => `${d.key}: ${d.count}`).join(', ') : 'no findings';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    body,
    '</svg>',
  ].join('\n');
}

const empty = (width: number, height: number): string =>
  `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="${INK}">No findings</text>`;
