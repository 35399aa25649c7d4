// Draws the STAR check panel (a StarPanel from src/core/star/star-report.ts): the four parts as chips,
// present or missing, then one short line each for the result, 我/我们, action share and speaking time.
// The quiz's reveal and the mock's reveal both draw it.
import type { StarPanel } from "../../core/star/star-report";

export function renderStarPanel(parent: HTMLElement, panel: StarPanel): HTMLElement {
	const complete = panel.kind === "report" && panel.complete;
	const box = parent.createDiv({ cls: complete ? "ip-star-panel is-complete" : "ip-star-panel" });
	box.createDiv({ cls: "ip-star-panel-title", text: panel.title });
	if (panel.kind === "nothing-written") {
		box.createDiv({ cls: "ip-star-panel-empty", text: panel.message });
		return box;
	}
	const parts = box.createDiv({ cls: "ip-star-parts" });
	for (const part of panel.parts) {
		parts.createSpan({
			cls: `ip-star-part ${part.present ? "is-present" : "is-missing"}`,
			text: part.name,
			attr: { "aria-label": part.text, title: part.text },
		});
	}
	const notes = box.createEl("ul", { cls: "ip-star-notes" });
	if (panel.inferred) notes.createEl("li", { cls: "ip-star-inferred", text: panel.inferred });
	notes.createEl("li", { cls: `ip-star-result is-${panel.result.level}`, text: panel.result.text });
	const pronouns = notes.createEl("li", { cls: "ip-star-pronouns", text: panel.pronouns.text });
	if (panel.pronouns.moreWe) pronouns.createDiv({ cls: "ip-star-warn", text: panel.pronouns.moreWe });
	notes.createEl("li", { cls: "ip-star-action", text: panel.action });
	notes.createEl("li", { cls: "ip-star-time", text: panel.time });
	return box;
}
