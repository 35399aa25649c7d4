// Small SVG charts for the statistics view, drawn with createSvg (DOM nodes only, no HTML strings, no inline styles):
// colours come from classes in styles.css that use the theme's variables, so both themes work.
// Each chart scales to its container through its viewBox, so it reads at 300 px and on a phone.

/** A <title> child: the tooltip a pointer shows, and the name a screen reader reads. */
function titled(el: SVGElement, text: string): void {
	const title = el.createSvg("title");
	title.textContent = text;
}

function svgRoot(parent: HTMLElement, cls: string, width: number, height: number, label: string): SVGSVGElement {
	const svg = parent.createSvg("svg", {
		cls: `ip-stats-chart ${cls}`,
		attr: { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": label, preserveAspectRatio: "xMinYMin meet" },
	});
	return svg;
}

export interface HeatCell {
	/** Column (week) and row (weekday, Monday 0). */
	col: number;
	row: number;
	/** 0 (none) to 4 (most). */
	level: number;
	tip: string;
}

/** A calendar heatmap: one square per day, weeks as columns. */
export function drawHeatmap(parent: HTMLElement, cells: readonly HeatCell[], label: string): SVGSVGElement {
	const size = 10;
	const gap = 2;
	const cols = cells.reduce((m, c) => Math.max(m, c.col + 1), 1);
	const svg = svgRoot(parent, "ip-stats-heatmap", cols * (size + gap) - gap, 7 * (size + gap) - gap, label);
	for (const c of cells) {
		const rect = svg.createSvg("rect", {
			cls: `ip-stats-cell is-l${c.level}`,
			attr: { x: c.col * (size + gap), y: c.row * (size + gap), width: size, height: size, rx: 2 },
		});
		titled(rect, c.tip);
	}
	return svg;
}

export interface Bar {
	value: number;
	tip: string;
	/** Extra class, e.g. "is-today". */
	cls?: string;
}

/** Vertical bars, one per day, scaled to the largest; a faint base line. */
export function drawBars(parent: HTMLElement, bars: readonly Bar[], cls: string, label: string): SVGSVGElement {
	const step = 10;
	const width = Math.max(1, bars.length) * step;
	const height = 60;
	const max = bars.reduce((m, b) => Math.max(m, b.value), 1);
	const svg = svgRoot(parent, `ip-stats-bars ${cls}`, width, height + 1, label);
	svg.createSvg("line", { cls: "ip-stats-axis", attr: { x1: 0, x2: width, y1: height + 0.5, y2: height + 0.5 } });
	bars.forEach((b, i) => {
		const h = b.value > 0 ? Math.max(2, (b.value / max) * height) : 0;
		// A full-height transparent slot carries the tooltip, so empty days have one too.
		const slot = svg.createSvg("g", { cls: "ip-stats-slot" });
		slot.createSvg("rect", { cls: "ip-stats-hit", attr: { x: i * step, y: 0, width: step, height } });
		if (h > 0) {
			slot.createSvg("rect", {
				cls: `ip-stats-bar${b.cls ? ` ${b.cls}` : ""}`,
				attr: { x: i * step + 1, y: height - h, width: step - 2, height: h, rx: 1 },
			});
		}
		titled(slot, b.tip);
	});
	return svg;
}

/** One horizontal gauge: the share recalled, with a mark at the desired share. */
export function drawGauge(parent: HTMLElement, actual: number | null, desired: number, label: string): SVGSVGElement {
	const width = 200;
	const height = 14;
	const svg = svgRoot(parent, "ip-stats-gauge", width, height, label);
	svg.createSvg("rect", { cls: "ip-stats-gauge-track", attr: { x: 0, y: 3, width, height: 8, rx: 4 } });
	if (actual !== null) {
		const cls = actual >= desired ? "is-met" : "is-below";
		svg.createSvg("rect", { cls: `ip-stats-gauge-value ${cls}`, attr: { x: 0, y: 3, width: Math.max(0, Math.min(1, actual)) * width, height: 8, rx: 4 } });
	}
	const x = Math.max(1, Math.min(width - 1, desired * width));
	svg.createSvg("line", { cls: "ip-stats-gauge-mark", attr: { x1: x, x2: x, y1: 0, y2: height } });
	return svg;
}
