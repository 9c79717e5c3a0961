// The scatter plot of scripts/spread-check.ts, drawn by ECharts' server-side SVG renderer: arrival day
// (log scale) against effective distance (left) and against great-circle distance (right), one dot per country.
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([ScatterChart, GridComponent, TitleComponent, SVGRenderer]);

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
}

export interface ScatterPanels {
  left: { title: string; points: ScatterPoint[] };
  right: { title: string; points: ScatterPoint[] };
  yTitle: string;
}

export function renderSpreadScatter(panels: ScatterPanels, width = 960, height = 440): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const panel = (index: number) => ({ gridIndex: index, type: 'value' as const, scale: true, nameLocation: 'middle' as const, nameGap: 28 });
  chart.setOption({
    animation: false,
    backgroundColor: '#fff',
    title: [
      { text: panels.left.title, left: '6%', top: 4, textStyle: { fontSize: 13 } },
      { text: panels.right.title, left: '55%', top: 4, textStyle: { fontSize: 13 } },
    ],
    grid: [
      { left: '7%', right: '53%', top: 40, bottom: 50 },
      { left: '56%', right: '3%', top: 40, bottom: 50 },
    ],
    xAxis: [
      { ...panel(0), name: 'effective distance' },
      { ...panel(1), name: 'km' },
    ],
    // Days on a log scale: most countries arrive within 10 weeks, a few (remote islands, closed borders) years later.
    yAxis: [
      { ...panel(0), type: 'log', scale: false, min: 1, name: panels.yTitle, nameGap: 32 },
      { ...panel(1), type: 'log', scale: false, min: 1, name: panels.yTitle, nameGap: 32 },
    ],
    series: [panels.left, panels.right].map((p, i) => ({
      type: 'scatter',
      xAxisIndex: i,
      yAxisIndex: i,
      symbolSize: 6,
      itemStyle: { color: i === 0 ? '#1c7ed6' : '#e8590c', opacity: 0.7 },
      data: p.points.map((q) => ({ value: [q.x, q.y], name: q.label })),
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
