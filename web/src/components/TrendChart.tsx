import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A released count: a number, or suppressed (1 to 4, shown as "< 5"). */
export interface Count {
  value?: number | null;
  suppressed: boolean;
}

export const countText = (count: Count) => (count.suppressed ? '< 5' : String(count.value ?? 0));

/** Colours with at least 3:1 contrast against white and against each other's neighbours (WCAG 1.4.11). */
const COLOURS = ['#0b5394', '#b45f06', '#38761d', '#741b47'];

/**
 * A bar chart of released counts (Chart.js on a canvas). A suppressed cell is drawn as no bar and
 * labelled "< 5" in the tooltip: drawing it at 0 or 4 would claim a number the hub withheld. The
 * figures themselves are in the table beside every chart, for screen readers and for copying.
 */
export function TrendChart({ labels, series, title }: { labels: string[]; series: { label: string; counts: Count[] }[]; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s, index) => ({
          label: s.label,
          data: s.counts.map((c) => (c.suppressed ? null : (c.value ?? 0))),
          backgroundColor: COLOURS[index % COLOURS.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0, color: '#1a1a1a' } }, x: { ticks: { color: '#1a1a1a' } } },
        plugins: {
          legend: { labels: { color: '#1a1a1a' } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${countText(series[item.datasetIndex]?.counts[item.dataIndex] ?? { suppressed: false, value: 0 })}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={`${title} (staafdiagram; de cijfers staan in de tabel eronder)`} data-chart={title} />
    </div>
  );
}
