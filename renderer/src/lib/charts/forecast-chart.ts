/**
 * What the forecast's bar chart is given: two series by month (auto-renew, keep everything) in
 * US dollars, colours read from the theme's CSS variables (so the chart follows light and dark),
 * and options without animation (the chart redraws on every window or theme switch, and reduced
 * motion is the calmer default for a table's worth of numbers).
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { Forecast } from '@shared/pricing/forecast'

/** The chart's colours and font, resolved to values a canvas understands. */
export interface ChartPalette {
  autoRenew: string
  keepAll: string
  text: string
  grid: string
  font: string
}

/** Used when the theme's variables cannot be read (tests, or before the theme has loaded). */
const FALLBACK: Record<'light' | 'dark', ChartPalette> = {
  light: { autoRenew: '#0369a1', keepAll: '#ea580c', text: '#334155', grid: '#e2e8f0', font: '' },
  dark: { autoRenew: '#7dd3fc', keepAll: '#fdba74', text: '#e4e4e7', grid: '#3f3f46', font: '' },
}

/**
 * The palette for the current theme. Each colour is a theme variable that already differs
 * between light and dark, except the second series, whose shade is picked here: 600 keeps 3:1
 * against a white card, 300 against a dark one.
 */
export function readPalette(dark: boolean, root: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(root)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  const fallback = FALLBACK[dark ? 'dark' : 'light']
  return {
    autoRenew: read('--p-primary-color', fallback.autoRenew),
    keepAll: read(dark ? '--p-orange-300' : '--p-orange-600', fallback.keepAll),
    text: read('--p-text-color', fallback.text),
    grid: read('--p-content-border-color', fallback.grid),
    font: style.fontFamily || fallback.font,
  }
}

/** The two series by month, in dollars; `labels` are the months as the page words them. */
export function chartData(
  forecast: Forecast,
  labels: string[],
  names: { autoRenew: string; keepAll: string },
  palette: ChartPalette,
): ChartData<'bar', number[], string> {
  const usd = (cents: number) => cents / 100
  return {
    labels,
    datasets: [
      {
        label: names.autoRenew,
        data: forecast.byMonth.map((m) => usd(m.autoRenew.cents)),
        backgroundColor: palette.autoRenew,
        borderColor: palette.autoRenew,
      },
      {
        label: names.keepAll,
        data: forecast.byMonth.map((m) => usd(m.keepAll.cents)),
        backgroundColor: palette.keepAll,
        borderColor: palette.keepAll,
      },
    ],
  }
}

/** Axis, legend and tooltip settings; amounts are worded by `money` (dollars in, text out). */
export function chartOptions(
  palette: ChartPalette,
  money: (usd: number) => string,
): ChartOptions<'bar'> {
  const font = palette.font ? { family: palette.font } : {}
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: palette.text,
    font,
    plugins: {
      legend: { position: 'bottom', labels: { color: palette.text, font } },
      tooltip: {
        callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${money(Number(item.raw))}` },
      },
    },
    scales: {
      x: {
        ticks: { color: palette.text, font, autoSkip: true, maxRotation: 0 },
        grid: { display: false },
        border: { color: palette.grid },
      },
      y: {
        beginAtZero: true,
        ticks: { color: palette.text, font, callback: (value) => money(Number(value)) },
        grid: { color: palette.grid },
        border: { color: palette.grid },
      },
    },
  }
}
