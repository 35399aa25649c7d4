// A Notice for each new index problem (a hub not found, a note read only in part) when a build finishes,
// so it is heard even with no quiz or coverage view open. Once per problem, not on every re-index.
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { indexProblems, ProblemTracker, type IndexProblem } from "../../core/quiz/index-problems";
import { warningText } from "../../core/parse/warning-text";

/** Notes named one by one; past that, one notice says how many more. */
const NOTES_NAMED = 3;

function noteName(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** Watches the index; calls `notify` with each message. Returns the unsubscribe. */
export function watchIndexProblems(services: PrepServices, notify: (message: string) => void): () => void {
	const tracker = new ProblemTracker();
	let checked = -1;
	return services.onChange(() => {
		const status = services.getStatus();
		if (status.state !== "ready" || status.revision === checked) return;
		checked = status.revision;
		const fresh = tracker.take(indexProblems(services.getIndex(), services.getPrepSet()));
		for (const message of messages(fresh, services)) notify(message);
	});
}

function messages(problems: IndexProblem[], services: PrepServices): string[] {
	const lang = services.lang();
	const out: string[] = [];
	let notes = 0;
	for (const p of problems) {
		if (p.kind === "missingHub") out.push(t(lang, "notice.missingHub", { hub: p.hub }));
		else if (++notes <= NOTES_NAMED) out.push(t(lang, "notice.noteWarning", { note: noteName(p.path), warning: warningText(p.warning, lang) }));
	}
	if (notes > NOTES_NAMED) out.push(t(lang, "notice.moreNotes", { n: notes - NOTES_NAMED }));
	return out;
}
