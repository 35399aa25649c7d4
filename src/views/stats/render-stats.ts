// Draws the practice statistics: reviews per day (heatmap), time spoken per day, true retention
// against the desired one, due cards per day up to the interview, and each question's history
// (its table is built only when the person opens that question).
import { t } from "../../core/i18n";
import { formatClock, formatRelative } from "../../core/i18n/time-format";
import { questionHistory } from "../../core/stats/review-stats";
import type { ReviewEvent } from "../../core/types";
import type { StatsModel } from "./stats-model";
import { SPOKEN_DAYS, HEATMAP_WEEKS } from "./stats-model";
import { drawBars, drawGauge, drawHeatmap, type HeatCell } from "./svg-charts";

export interface StatsHandlers {
	/** A question's gradings (aliases and variants applied), read when its history is opened. */
	reviewsOf(qid: string): ReviewEvent[];
	openAt(path: string, line: number): void;
}

/** Monday 0 … Sunday 6 of a "yyyy-MM-dd" day. */
function weekday(day: string): number {
	const [y, m, d] = day.split("-").map(Number);
	return (new Date(y, m - 1, d).getDay() + 6) % 7;
}

function level(n: number, max: number): number {
	if (n <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((n / Math.max(1, max)) * 4)));
}

function section(root: HTMLElement, cls: string, title: string): HTMLElement {
	const sec = root.createDiv({ cls: `ip-stats-section ${cls}` });
	sec.createEl("h4", { cls: "ip-stats-title", text: title });
	return sec;
}

/** First and last day under a chart, as text that stays readable whatever the chart's scale. */
function dayRange(sec: HTMLElement, first: string, last: string): void {
	const row = sec.createDiv({ cls: "ip-stats-range" });
	row.createSpan({ text: first });
	row.createSpan({ text: last });
}

export function renderStats(root: HTMLElement, model: StatsModel, handlers: StatsHandlers): void {
	const { lang, stats } = model;
	root.empty();
	root.addClass("ip-stats");
	root.createEl("h3", { cls: "ip-stats-heading", text: t(lang, "stats.title") });
	if (stats.totals.reviews === 0 && model.questions.length === 0) {
		root.createEl("p", { cls: "ip-stats-empty", text: t(lang, "stats.empty") });
	}

	// Reviews per day, weeks as columns (the first column starts on the first day's weekday).
	const heat = section(root, "ip-stats-reviews", t(lang, "stats.heatmap", { weeks: HEATMAP_WEEKS }));
	const max = stats.days.reduce((m, d) => Math.max(m, d.reviews), 0);
	const offset = weekday(stats.days[0]?.day ?? model.today);
	const cells: HeatCell[] = stats.days.map((d, i) => ({
		col: Math.floor((i + offset) / 7),
		row: (i + offset) % 7,
		level: level(d.reviews, max),
		tip: t(lang, "stats.heatmap.day", { day: d.day, n: d.reviews }),
	}));
	const summary = t(lang, "stats.heatmap.summary", { reviews: stats.totals.reviews, active: stats.totals.activeDays, days: stats.days.length });
	drawHeatmap(heat, cells, summary);
	const legend = heat.createDiv({ cls: "ip-stats-heat-legend" });
	legend.createSpan({ text: t(lang, "stats.heatmap.less") });
	for (let l = 0; l <= 4; l++) legend.createSpan({ cls: `ip-stats-swatch is-l${l}` });
	legend.createSpan({ text: t(lang, "stats.heatmap.more") });
	heat.createEl("p", { cls: "ip-stats-summary", text: summary });

	// Time spoken per day.
	const recent = stats.days.slice(-SPOKEN_DAYS);
	const spoken = section(root, "ip-stats-spoken", t(lang, "stats.spoken", { days: recent.length }));
	const most = recent.reduce((a, b) => (b.secs > a.secs ? b : a), recent[0]);
	const spokenTotal = recent.reduce((n, d) => n + d.secs, 0);
	const spokenSummary =
		spokenTotal === 0
			? t(lang, "stats.spoken.none")
			: t(lang, "stats.spoken.summary", { time: formatClock(spokenTotal), day: most?.day ?? model.today, most: formatClock(most?.secs ?? 0) });
	drawBars(
		spoken,
		recent.map((d) => ({ value: d.secs, tip: t(lang, "stats.spoken.day", { day: d.day, time: formatClock(d.secs) }), cls: d.day === model.today ? "is-today" : undefined })),
		"ip-stats-spoken-bars",
		spokenSummary,
	);
	dayRange(spoken, recent[0]?.day ?? "", recent[recent.length - 1]?.day ?? "");
	spoken.createEl("p", { cls: "ip-stats-summary", text: spokenSummary });
	// Speech measured in recordings (the timer counts thinking too; the sound does not).
	if (stats.totals.recorded > 0) {
		spoken.createEl("p", { cls: "ip-stats-summary ip-stats-measured", text: t(lang, "stats.measured", { time: formatClock(stats.totals.measuredSecs), n: stats.totals.recorded }) });
	}

	// True retention against the desired retention.
	const ret = section(root, "ip-stats-retention", t(lang, "stats.retention"));
	const pct = (x: number) => Math.round(x * 100);
	const retText =
		stats.retention.actual === null
			? t(lang, "stats.retention.none", { desired: pct(stats.retention.desired) })
			: t(lang, "stats.retention.value", { actual: pct(stats.retention.actual), n: stats.retention.reviews, desired: pct(stats.retention.desired) });
	drawGauge(ret, stats.retention.actual, stats.retention.desired, retText);
	ret.createEl("p", { cls: "ip-stats-summary", text: retText });

	// Due per day up to the interview (or the next days).
	const days = stats.forecast.length;
	const fc = section(root, "ip-stats-forecast", t(lang, model.interview ? "stats.forecast.interview" : "stats.forecast.open", { days }));
	const busiest = stats.forecast.reduce((a, b) => (b.due > a.due ? b : a), stats.forecast[0]);
	const dueTotal = stats.forecast.reduce((n, d) => n + d.due, 0);
	const fcSummary =
		dueTotal === 0
			? t(lang, "stats.forecast.none")
			: t(lang, "stats.forecast.summary", { n: dueTotal, day: busiest?.day ?? model.today, most: busiest?.due ?? 0 });
	drawBars(fc, stats.forecast.map((d) => ({ value: d.due, tip: t(lang, "stats.forecast.day", { day: d.day, n: d.due }) })), "ip-stats-forecast-bars", fcSummary);
	dayRange(fc, stats.forecast[0]?.day ?? "", stats.forecast[days - 1]?.day ?? "");
	fc.createEl("p", { cls: "ip-stats-summary", text: fcSummary });

	drawHistory(section(root, "ip-stats-history", t(lang, "stats.history")), model, handlers);
}

/** Practised questions, each opening to its gradings; the table is built when first opened. */
function drawHistory(sec: HTMLElement, model: StatsModel, handlers: StatsHandlers): void {
	const { lang } = model;
	if (model.questions.length === 0) {
		sec.createEl("p", { cls: "ip-stats-summary", text: t(lang, "stats.history.empty") });
		return;
	}
	for (const q of model.questions) {
		const details = sec.createEl("details", { cls: "ip-stats-question" });
		details.dataset.qid = q.id;
		const summary = details.createEl("summary");
		summary.createSpan({ cls: "ip-stats-question-text", text: q.text });
		summary.createSpan({
			cls: "ip-stats-meta",
			text: ` ${t(lang, "stats.history.count", { n: q.gradings, when: formatRelative(q.lastAt, model.now, lang) })}`,
		});
		details.addEventListener("toggle", () => {
			if (!details.open || details.querySelector("table")) return;
			const open = details.createEl("a", { cls: "ip-stats-open", text: q.path.replace(/\.md$/i, "") });
			open.addEventListener("click", (e) => {
				e.preventDefault();
				handlers.openAt(q.path, q.line);
			});
			const body = details.createEl("table", { cls: "ip-stats-history-table" }).createEl("tbody");
			for (const h of questionHistory(handlers.reviewsOf(q.id))) {
				const row = body.createEl("tr", { cls: h.rating === 1 ? "is-again" : "" });
				row.createEl("td", { text: h.day });
				row.createEl("td", { text: t(lang, `mock.rating.${h.rating}`) });
				row.createEl("td", { cls: "ip-stats-num", text: formatClock(h.secs) });
				row.createEl("td", { text: t(lang, h.mock ? "stats.history.mock" : "stats.history.quiz") });
				const rec = h.recording;
				row.createEl("td", {
					cls: "ip-stats-recording",
					text: rec ? `${t(lang, "stats.history.recording")} ${formatClock(rec.spokenSecs)}` : "",
					attr: rec ? { title: rec.path } : {},
				});
			}
		});
	}
}
