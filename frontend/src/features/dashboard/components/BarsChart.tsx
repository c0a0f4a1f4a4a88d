import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  /** The field of each datum this series draws. */
  key: string;
  label: string;
  color: string;
}

interface BarsChartProps<R> {
  data: R[];
  /** The field naming each bar (or group of bars). */
  category: keyof R & string;
  series: Series[];
  stacked?: boolean;
  /** Bars run sideways, for long category names such as specialties. */
  horizontal?: boolean;
}

/** Palette with enough contrast on white for thin bars (WCAG 1.4.11, 3:1). */
export const COLORS = {
  primary: '#0a6464',
  success: '#1b6b36',
  warning: '#9a5b00',
  danger: '#b3261e',
  muted: '#5b6b76',
  accent: '#5a3fa0',
} as const;

/**
 * A bar chart that takes the width of its box. Drawn for the eye only: the table beside it is what assistive
 * technology reads, so the chart's own keyboard layer is off.
 */
export function BarsChart<R extends object>({ data, category, series, stacked, horizontal }: BarsChartProps<R>) {
  const categoryKey: string = category;
  const height = horizontal ? Math.max(160, data.length * 32 + 60) : 240;
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout={horizontal ? 'vertical' : 'horizontal'}
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      {horizontal ? (
        <>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey={categoryKey} width={120} tick={{ fontSize: 12 }} />
        </>
      ) : (
        <>
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} />
        </>
      )}
      <Tooltip />
      {series.length > 1 && <Legend />}
      {series.map((one) => (
        <Bar
          key={one.key}
          dataKey={one.key}
          name={one.label}
          fill={one.color}
          stackId={stacked ? 'stack' : undefined}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
