// Registers "Start mock interview" and offers `startMock` for the quiz view's button.
import type { Plugin } from "obsidian";
import type { PrepServices } from "../../services";
import type { Question, QuestionIndex } from "../../core/types";
import { drawMockQuestions, type DrawLimit } from "../../core/mock/draw";
import { cardAnswer } from "../../core/quiz/card-answer";
import { t } from "../../core/i18n";
import { MockModal } from "./mock-modal";
import type { MockLogVault } from "../../vault/mock-log-vault";
import type { MockRunQuestion } from "./mock-controller";
import type { RecordingVault } from "../../vault/recordings";

export const START_MOCK_COMMAND = "start-mock-interview";

/** The question whose text answers `q`: itself, else an answered variant; null when none. */
export function answerSource(q: Question, index: QuestionIndex): Question | null {
	if (q.answered) return q;
	for (const id of q.variants) {
		const v = index.byId.get(id);
		if (v?.answered) return v;
	}
	return null;
}

/** Draws a run from what is indexed now: weak and never-practised questions first, spread over topics. */
export function drawRun(services: PrepServices, limit?: DrawLimit): MockRunQuestion[] {
	const index = services.getIndex();
	const now = services.now();
	const { reviews } = services;
	const drawn = drawMockQuestions({
		questions: index.questions,
		count: services.getSettings().mockQuestions,
		seed: now,
		hubOf: services.getPrepSet()?.hubOf,
		limit,
		statsOf: (qid) => {
			const card = reviews.card(qid);
			if (!card) return undefined;
			return { reps: card.reps, lapses: card.lapses, retrievability: reviews.retrievability(qid, now) };
		},
	});
	return drawn.map((question) => ({ question, answeredBy: answerSource(question, index), hints: cardAnswer(question, index).hints }));
}

export interface MockFeature {
	/** Opens a new run, optionally limited to one hub, note or topic. */
	startMock(limit?: DrawLimit): void;
	/**
	 * Tells `listener` when a mock interview opens (true) and when the last one closes (false), and at
	 * once when one is open already. The quiz pauses its speaking timer meanwhile. Returns an unsubscribe.
	 */
	watch(listener: (running: boolean) => void): () => void;
}

export function load(plugin: Plugin, services: PrepServices, vault: MockLogVault, recordings?: RecordingVault): MockFeature {
	const listeners = new Set<(running: boolean) => void>();
	let open = 0;
	const openChanged = (opened: boolean) => {
		const was = open > 0;
		open = Math.max(0, open + (opened ? 1 : -1));
		if (was !== open > 0) for (const l of [...listeners]) l(open > 0);
	};
	const startMock = (limit?: DrawLimit) => {
		new MockModal(plugin.app, services, vault, drawRun(services, limit), openChanged, recordings).open();
	};
	const watch = (listener: (running: boolean) => void) => {
		listeners.add(listener);
		if (open > 0) listener(true);
		return () => {
			listeners.delete(listener);
		};
	};
	plugin.addCommand({
		id: START_MOCK_COMMAND,
		name: t(services.lang(), "mock.command"),
		callback: () => startMock(),
	});
	return { startMock, watch };
}
