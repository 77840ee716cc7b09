import { fitCategoryLabels, lineHeight, textWidth } from './text-width.js';
import { markId, type ChartSpec, type ChartStyle, type ChartType, type QAxis } from './spec.js';

/** Chart types we also draw with ECharts, for visual variety; the rest are Vega-Lite only. */
export const ECHARTS_TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'pie', 'scatter'];

function valueAxis(a: QAxis, nameGap: number, vertical: boolean) {
  return {
    type: 'value',
    min: a.min,
    max: a.max,
    interval: a.step,
    name: a.title,
    nameLocation: 'middle',
    nameGap,
    nameRotate: vertical ? 90 : 0,
    // A template, not a function: the option stays JSON. Tick values are multiples of the step.
    axisLabel: { formatter: '{value}' },
    splitLine: { show: true },
  };
}

/**
 * Compiles our chart spec to an ECharts option. Data items carry `_id` so that the renderer can report
 * the pixel box of each mark. Sizes are the whole canvas (ECharts lays axes out inside it).
 */
export function toECharts(s: ChartSpec): { option: Record<string, unknown>; width: number; height: number } {
  const st = s.style;
  const width = st.width + 150;
  const height = st.height + 110;
  const legendPos = st.legend === 'right' ? { orient: 'vertical', right: 8, top: 'middle' } : st.legend === 'top' ? { top: 34 } : { bottom: 6 };
  const base: Record<string, unknown> = {
    backgroundColor: st.background,
    color: st.palette,
    animation: false,
    textStyle: { fontSize: st.fontSize, fontFamily: st.font },
    title: { text: s.title, left: st.titleAnchor === 'start' ? 10 : 'center', top: 6, textStyle: { fontSize: st.fontSize + 4 } },
  };
  // Room for the legend only where one is drawn (several series, groups or slices).
  const legendShown = s.type === 'pie' || (s.data.kind === 'table' && s.data.series.length > 1) || (s.data.kind === 'points' && s.data.groups.length > 1);
  const at = (side: ChartStyle['legend']) => legendShown && st.legend === side;
  const grid = { left: 70, right: at('right') ? 130 : 24, top: at('top') ? 70 : 50, bottom: at('bottom') ? 80 : 56 };
  const label = (position: string) => ({ show: st.labels, position, fontSize: st.fontSize - 1, color: '#222222' });
  if (s.type === 'scatter' && s.data.kind === 'points') {
    const d = s.data;
    return {
      width,
      height,
      option: {
        ...base,
        legend: d.groups.length > 1 ? { ...legendPos, data: d.groups } : undefined,
        grid,
        // Two value axes meet at the corner: the x labels sit 4 px lower than ECharts' default, clear of the y axis's lowest label.
        xAxis: { ...valueAxis(s.xAxis!, 34, false), axisLabel: { formatter: '{value}', margin: 12 } },
        yAxis: valueAxis(s.value, 48, true),
        series: d.groups.map((g, gi) => ({
          type: 'scatter',
          name: g,
          symbolSize: 8,
          data: d.points.flatMap((p, i) => (p.g === gi ? [{ value: [p.x, p.y], _id: markId(0, i) }] : [])),
        })),
      },
    };
  }
  if (s.data.kind !== 'table') throw new Error(`toECharts: chart type ${s.type} is not supported`);
  const d = s.data;
  if (s.type === 'pie') {
    return {
      width,
      height,
      option: {
        ...base,
        legend: { ...legendPos, data: d.categories },
        series: [
          {
            type: 'pie',
            // Room for the outside labels and a legend above or below.
            radius: s.donut ? ['30%', '52%'] : '52%',
            center: [st.legend === 'right' ? '42%' : '50%', st.legend === 'bottom' ? '50%' : '56%'],
            label: { show: true, formatter: '{c}', fontSize: st.fontSize },
            data: d.categories.map((c, i) => ({ name: c, value: d.values[0][i], _id: markId(0, i) })),
          },
        ],
      },
    };
  }
  const horizontal = s.layout === 'horizontal';
  // ECharts' own plot width decides whether category labels fit flat; tilted ones push the axis name,
  // the grid's bottom and the canvas down by the height they hang below the axis.
  const plotWidth = width - grid.left - grid.right;
  const fit = horizontal ? { angle: 0 as const, width: plotWidth } : fitCategoryLabels(d.categories, st.font, st.fontSize, plotWidth, st.labelAngle !== 0);
  const longest = Math.max(...d.categories.map((c) => textWidth(c, st.font, st.fontSize)));
  const hang = fit.angle === 0 ? 0 : Math.ceil(fit.angle === -90 ? longest : (longest + lineHeight(st.fontSize)) * Math.SQRT1_2);
  const nameGap = horizontal ? 80 : fit.angle === 0 ? 30 : hang + 18;
  const extra = fit.angle === 0 ? 0 : Math.max(0, nameGap + lineHeight(st.fontSize + 2) - (grid.bottom - (at('bottom') ? 30 : 0)));
  const catAxis = { type: 'category', data: d.categories, name: s.xTitle, nameLocation: 'middle', nameGap, axisLabel: { rotate: -fit.angle, interval: 0 } };
  const valAxis = valueAxis(s.value, horizontal ? 30 : 48, !horizontal);
  const multi = d.series.length > 1;
  const series = d.series.map((name, si) => {
    const data = d.values[si].map((v, ci) => ({ value: v, _id: markId(si, ci) }));
    if (s.type === 'bar') return { type: 'bar', name, data, stack: s.layout === 'stacked' ? 'total' : undefined, label: label(horizontal ? 'right' : 'top') };
    return { type: 'line', name, data, symbol: 'circle', symbolSize: 7, showSymbol: true, showAllSymbol: true, areaStyle: s.type === 'area' ? { opacity: 0.35 } : undefined, label: label('top') };
  });
  return {
    width: width + fit.width - plotWidth,
    height: height + Math.ceil(extra),
    option: {
      ...base,
      legend: multi ? { ...legendPos, data: d.series } : undefined,
      grid: { ...grid, bottom: grid.bottom + Math.ceil(extra), left: horizontal ? 110 : grid.left },
      xAxis: horizontal ? valAxis : catAxis,
      yAxis: horizontal ? { ...catAxis, inverse: true } : valAxis,
      series,
    },
  };
}
