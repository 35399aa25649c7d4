// The quiz card's STAR check: the question asked, checked against the answer of the copy that answers
// it (itself or a merged variant), with the person's labels and speaking speed.
import type { PrepServices } from "../../services";
import type { Question } from "../../core/types";
import { copiesOf } from "../../core/answer-state";
import { starCheckOptions, starPanel, type StarPanel } from "../../core/star/star-report";

export function starPanelOf(q: Question, services: Pick<PrepServices, "getIndex" | "getSettings" | "lang">): StarPanel | null {
	const answering = copiesOf(q, services.getIndex()).find((c) => c.answered) ?? q;
	return starPanel(q.text, answering.answerMarkdown, starCheckOptions(services.getSettings()), services.lang());
}
