import type { ReactNode } from 'react';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link RadarChart}. */
export interface RadarChartProps {
  /** One axis per theme, in order. */
  readonly axes: ReadonlyArray<{ readonly label: string; readonly current: number | null; readonly target: number | null }>;
  readonly minLevel: number;
  readonly maxLevel: number;
  /** What a screen reader hears; the table beside the chart carries the numbers. */
  readonly description: string;
}

const SIZE = 400;
const CENTER = SIZE / 2;
const RADIUS = 130;

function point(index: number, count: number, fraction: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  return [CENTER + Math.cos(angle) * RADIUS * fraction, CENTER + Math.sin(angle) * RADIUS * fraction];
}

/**
 * Current against target per theme, as SVG (no chart library: a few polygons). Colours
 * come from Fluent tokens, so it follows light, dark and high contrast; the target line
 * is also dashed, so it does not rely on colour alone.
 */
export function RadarChart({ axes, minLevel, maxLevel, description }: RadarChartProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const count = Math.max(axes.length, 3);
  const fraction = (value: number | null) => (value === null ? 0 : Math.max(0, (value - minLevel) / (maxLevel - minLevel)));
  const polygon = (values: ReadonlyArray<number | null>) => values.map((value, index) => point(index, count, fraction(value)).join(',')).join(' ');
  const rings = Array.from({ length: maxLevel - minLevel }, (_, ring) => (ring + 1) / (maxLevel - minLevel));
  return (
    <svg className={styles.radar} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={description} data-testid="radar-chart">
      {rings.map((ring) => (
        <polygon key={ring} className={styles.radarGrid} points={axes.map((_, index) => point(index, count, ring).join(',')).join(' ')} />
      ))}
      {axes.map((axis, index) => {
        const [x, y] = point(index, count, 1);
        const [lx, ly] = point(index, count, 1.2);
        return (
          <g key={axis.label}>
            <line className={styles.radarGrid} x1={CENTER} y1={CENTER} x2={x} y2={y} />
            <text className={styles.radarLabel} x={lx} y={ly} textAnchor={Math.abs(lx - CENTER) < 10 ? 'middle' : lx > CENTER ? 'start' : 'end'} dominantBaseline="middle">
              {axis.label.length > 22 ? `${axis.label.slice(0, 21)}…` : axis.label}
            </text>
          </g>
        );
      })}
      <polygon className={styles.radarCurrent} points={polygon(axes.map((axis) => axis.current))} data-series="current" />
      <polygon className={styles.radarTarget} points={polygon(axes.map((axis) => axis.target))} data-series="target" />
    </svg>
  );
}
