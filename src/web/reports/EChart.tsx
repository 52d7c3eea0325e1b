import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import './charts.css';

// Only the pieces the dashboard draws (issue 17: the chart code is loaded by the dashboard alone,
// in its own chunk). The legend is HTML below (it wraps on a phone, and screen readers read it);
// the chart itself is one labelled image (role="img"), so ECharts' aria component is not needed.
use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

/** One entry of a chart's legend: the series' name, colour and line style. */
export interface LegendEntry {
  name: string;
  color: string;
  dashed?: boolean;
}

/** An ECharts chart that follows its container's width. `label` names it for screen readers. */
export function EChart({
  option,
  label,
  height = 300,
  legend,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  legend?: LegendEntry[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <>
      {legend && (
        <ul className="dv-rp-legend">
          {legend.map((l) => (
            <li key={l.name}>
              <span
                aria-hidden="true"
                className={l.dashed ? 'dv-rp-swatch dv-rp-swatch-dashed' : 'dv-rp-swatch'}
                style={{ borderColor: l.color, background: l.dashed ? undefined : l.color }}
              />
              {l.name}
            </li>
          ))}
        </ul>
      )}
      <div ref={ref} role="img" aria-label={label} className="dv-rp-chart" style={{ height }} />
    </>
  );
}
