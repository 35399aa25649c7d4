// The data model shared by every feature: extractor → index → reviews → quiz, STAR, coverage, mock.
// Pure types; no Obsidian, no Node.

export type Lang = "zh" | "en";

export type StarKey = "situation" | "task" | "action" | "result";
export const STAR_KEYS: readonly StarKey[] = ["situation", "task", "action", "result"];

/** How the question was written in the note. */
export type QuestionForm = "heading" | "prompt" | "bold" | "list" | "qa" | "callout";

/** The markdown text of each labelled part of an answer ("" when absent). */
export interface AnswerParts {
	/** 思路, 回答思路, 核心策略, Hint, Approach … */
	hint: string;
	/** 示范回答, 回答建议, Answer …, and blockquoted spoken answers. */
	answer: string;
	/** 结合背景, Background … */
	context: string;
}

/** One question as it stands in one note: what the extractor returns. */
export interface ExtractedQuestion {
	/** Question text with markup and numbering stripped ("如何处理客户投诉？"). */
	text: string;
	form: QuestionForm;
	/** 1-based line of the question in the note. */
	line: number;
	/** 1-based last line of its section (answer included). */
	endLine: number;
	/** 1-based line range of the answer body; null when the question has no text of its own. */
	answerLines: { start: number; end: number } | null;
	/** Container headings above it, outermost first, markup and numbering stripped. */
	topic: string[];
	/** The answer's markdown, exactly as in the note (sliced from the source). */
	answerMarkdown: string;
	/** The answer has text of its own. */
	answered: boolean;
	parts: AnswerParts;
	star: Record<StarKey, boolean>;
}

export interface ParsedNote {
	path: string;
	questions: ExtractedQuestion[];
	/** Problems met while parsing (a clear message; the note is still indexed as far as possible). */
	warnings: string[];
}

/** A question in the index: an extracted question with its identity and variant information. */
export interface Question extends ExtractedQuestion {
	/**
	 * Stable id. Derived from the normalized text (not from the path, line, level, numbering or bold),
	 * so history survives renames, moves and re-formatting. Unique within one index.
	 */
	id: string;
	path: string;
	/** Normalized text used for identity and variant matching. */
	key: string;
	/** It or a variant of it is answered. */
	covered: boolean;
	/** The id of the question this one was merged into as a variant, or null when it is canonical. */
	variantOf: string | null;
	/** Ids of the variants merged into this one (only on canonical questions). */
	variants: string[];
}

export interface IndexedNote {
	path: string;
	questions: number;
	warnings: string[];
}

export interface QuestionIndex {
	notes: IndexedNote[];
	/** Every question, canonical and variant, ordered by path then line. */
	questions: Question[];
	/** Ids of canonical questions that nothing answers. */
	gaps: string[];
	/** Every question by id. One IndexBuilder updates this map in place at its next build: read it from the latest index. */
	byId: Map<string, Question>;
}

/** Label words that mark answer parts and STAR parts; editable in settings. */
export interface LabelWords {
	hint: string[];
	answer: string[];
	context: string[];
	situation: string[];
	task: string[];
	action: string[];
	result: string[];
}

export interface ParseOptions {
	labels: LabelWords;
	/** A leaf heading with prepared text under it counts as a prompt (## 自我介绍). */
	promptHeadings: boolean;
}

/* ---------------- Review data ---------------- */

export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy (ts-fsrs numbering)

/** One grading, as kept in a device's append-only log. */
export interface ReviewEvent {
	kind: "review";
	/** Unique across devices: `${device}:${seq}`. */
	uid: string;
	/** Question id at the time of the review. */
	qid: string;
	/** Epoch ms. */
	at: number;
	rating: Rating;
	/** Seconds spoken before grading (0 when unknown). */
	secs: number;
	/** Set when graded in a mock interview run. */
	mock?: string;
	/** The spoken answer recorded for this grading, when one was. */
	recording?: AnswerRecording;
}

/** A recorded spoken answer: its file in the vault and what was measured from its sound. */
export interface AnswerRecording {
	/** Vault path of the audio file. */
	path: string;
	/** Seconds the recording lasts, seconds of speech in it, its longest silence, and its long pauses. */
	lengthSecs: number;
	spokenSecs: number;
	longestSilenceSecs: number;
	longPauses: number;
}

/** A question's id changed (its words changed slightly): history of `from` now belongs to `to`. */
export interface AliasEvent {
	kind: "alias";
	uid: string;
	at: number;
	from: string;
	to: string;
}

export interface MockRunItem {
	qid: string;
	text: string;
	secs: number;
	targetSecs: number;
	rating: Rating | null;
	remark: string;
	/** The question had no prepared answer. */
	unanswered: boolean;
	/** The spoken answer recorded for it, when one was. */
	recording?: AnswerRecording;
}

export interface MockRunEvent {
	kind: "mock";
	uid: string;
	/** Run id. */
	id: string;
	startedAt: number;
	endedAt: number;
	items: MockRunItem[];
	/** Vault path of the log note, when one was written. */
	notePath?: string;
}

/** What a person can do to a card besides grading it (as in Anki). */
export type CardAction = "bury" | "suspend" | "unsuspend" | "reset";

/**
 * Card control: bury (out of the queue until `until`, the start of the next local day where it was
 * buried), suspend / unsuspend (out of every queue until unsuspended), reset (progress forgotten:
 * the card is new again; its gradings stay in the history).
 */
export interface CardControlEvent {
	kind: "control";
	uid: string;
	/** Question id at the time. */
	qid: string;
	at: number;
	action: CardAction;
	/** Bury only: epoch ms when the card comes back. */
	until?: number;
}

export type LogEvent = ReviewEvent | AliasEvent | MockRunEvent | CardControlEvent;

/** One device's log: only that device ever writes it (the key to conflict-free sync). */
export interface DeviceLog {
	device: string;
	/** Next sequence number to use. */
	seq: number;
	events: LogEvent[];
	/** Normalized question text (key) per question id reviewed, so history can follow a slightly reworded question. */
	keys?: Record<string, string>;
	/** Uids of this device's gradings and card controls that were undone (kept as tombstones so a synced copy cannot bring them back). */
	undone?: string[];
}

/** FSRS memory state of one question, derived by replaying its reviews. */
export interface CardState {
	qid: string;
	due: number;
	stability: number;
	difficulty: number;
	reps: number;
	lapses: number;
	/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	lastReview: number | null;
	/** Total seconds spoken across reviews, and the last one. */
	lastSecs: number;
	/** Seconds spoken across all reviews. */
	totalSecs?: number;
	/** Scheduled days of the last step (ts-fsrs needs it to continue). */
	scheduledDays: number;
	learningSteps: number;
	elapsedDays: number;
}

/* ---------------- Settings ---------------- */

export type UiLanguage = "auto" | Lang;

/** A question the person said is not one (see not-questions.ts). */
export interface NotQuestion {
	/** questionKey of the text: what is matched. */
	key: string;
	/** The words as they were shown, for the list in settings. */
	text: string;
	/** The note it was in, for the list in settings (not matched: the hiding follows the words). */
	path: string;
}

export interface Settings {
	hubs: string[];
	depth: number;
	extraFolders: string[];
	extraTags: string[];
	/** Folders whose notes are never prep notes (templates, archives), besides the mock and template folders. */
	excludedFolders: string[];
	promptHeadings: boolean;
	labels: LabelWords;
	language: UiLanguage;
	newPerDay: number;
	/** Most gradings of due cards per day (Anki's "maximum reviews/day"); the rest wait a day. */
	maxReviewsPerDay: number;
	desiredRetention: number;
	/** ISO date (yyyy-MM-dd) or "". */
	interviewDate: string;
	targetSeconds: number;
	/** Speaking speed for the STAR check's time estimate. */
	charsPerMinuteZh: number;
	wordsPerMinuteEn: number;
	/** STAR conversion keeps the original answer in a folded callout. */
	starKeepOriginal: boolean;
	mockQuestions: number;
	mockFolder: string;
	/** Every folder a mock log was written to: its logs stay out of the prep set after the setting changes. */
	mockLogFolders: string[];
	/** Recording spoken answers: never, when asked (R or the button), or from the moment a question shows. */
	recordAnswers: RecordMode;
	/** Vault folder of the recordings. */
	recordingFolder: string;
	/** Recordings kept per question; older ones go to the trash. */
	recordingsPerQuestion: number;
	/** Questions the person said are not questions (hidden from quiz, coverage and gaps; brought back in settings). */
	notQuestions: NotQuestion[];
}

export type RecordMode = "off" | "onDemand" | "auto";
