/**
 * What the Overview's charts are given: a breakdown as horizontal bars (one series of counts),
 * and renewals by month as bars in dollars. Colours come from the costs page's palette, which
 * reads the theme's variables, so both follow light and dark; no animation, as there.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { RenewalMonth, Slice } from '@shared/overview/overview'
import type { ChartPalette } from './forecast-chart'

/** A breakdown's counts as one series; `label` words a slice's key. */
export function breakdownData(
  slices: Slice[],
  label: (key: string | null) => string,
  name: string,
  palette: ChartPalette,
): ChartData<'bar', number[], string> {
  return {
    labels: slices.map((s) => label(s.key)),
    datasets: [
      {
        label: name,
        data: slices.map((s) => s.count),
        backgroundColor: palette.autoRenew,
        borderColor: palette.autoRenew,
      },
    ],
  }
}

/** Renewals by month: what auto-renew will charge and what keeping every domain costs. */
export function renewalsData(
  months: RenewalMonth[],
  labels: string[],
  names: { autoRenew: string; all: string },
  palette: ChartPalette,
): ChartData<'bar', number[], string> {
  return {
    labels,
    datasets: [
      {
        label: names.autoRenew,
        data: months.map((m) => m.autoRenewCents / 100),
        backgroundColor: palette.autoRenew,
        borderColor: palette.autoRenew,
      },
      {
        label: names.all,
        data: months.map((m) => m.cents / 100),
        backgroundColor: palette.keepAll,
        borderColor: palette.keepAll,
      },
    ],
  }
}

/** Axes and legend in the theme's colours; `value` words a tick or tooltip number. */
export function barOptions(
  palette: ChartPalette,
  value: (n: number) => string,
  horizontal: boolean,
): ChartOptions<'bar'> {
  const font = palette.font ? { family: palette.font } : {}
  const ticks = { color: palette.text, font }
  const valueAxis = {
    beginAtZero: true,
    ticks: { ...ticks, callback: (v: string | number) => value(Number(v)) },
    grid: { color: palette.grid },
    border: { color: palette.grid },
  }
  const categoryAxis = {
    ticks: { ...ticks, autoSkip: !horizontal, maxRotation: 0 },
    grid: { display: false },
    border: { color: palette.grid },
  }
  return {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: palette.text,
    font,
    plugins: {
      legend: { display: !horizontal, position: 'bottom', labels: { color: palette.text, font } },
      tooltip: {
        callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${value(Number(item.raw))}` },
      },
    },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  }
}
