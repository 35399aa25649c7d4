// The one string table of the plugin, Chinese and English, and the one lookup `t`. Each feature keeps its
// strings in a file of its own in this folder (new features add a file rather than lines in the middle of
// another's); they are spread in here, so every string has one key and one lookup.
import { fillTemplate, type TemplateVars } from "./fill-template";
import type { Lang, UiLanguage } from "../types";
import { QUIZ_STRINGS } from "./quiz";
import { QUIZ_FLOW_STRINGS } from "./quiz-flow";
import { STAR_STRINGS } from "./star";
import { STAR_PANEL_STRINGS } from "./star-panel";
import { STORY_STRINGS } from "./story";
import { MOCK_STRINGS } from "./mock";
import { COVERAGE_STRINGS } from "./coverage";
import { ANSWER_STATE_STRINGS } from "./answer-state";
import { SETTINGS_STRINGS } from "./settings";
import { STATS_STRINGS } from "./stats";
import { CARD_CONTROL_STRINGS } from "./card-control";
import { RECORDING_STRINGS } from "./recording";
import { QUESTION_MARKER_STRINGS } from "./question-marker";
import { PARSE_WARNING_STRINGS } from "./parse-warning";
import { MOCK_LOG_FOLDER_STRINGS } from "./mock-log-folders";

/** Every feature's table, by name (a test checks that no key is in two of them: a later spread would hide the first). */
export const FEATURE_TABLES = {
	quiz: QUIZ_STRINGS,
	quizFlow: QUIZ_FLOW_STRINGS,
	star: STAR_STRINGS,
	starPanel: STAR_PANEL_STRINGS,
	story: STORY_STRINGS,
	mock: MOCK_STRINGS,
	coverage: COVERAGE_STRINGS,
	answerState: ANSWER_STATE_STRINGS,
	settings: SETTINGS_STRINGS,
	stats: STATS_STRINGS,
	cardControl: CARD_CONTROL_STRINGS,
	recording: RECORDING_STRINGS,
	questionMarker: QUESTION_MARKER_STRINGS,
	parseWarning: PARSE_WARNING_STRINGS,
	mockLogFolders: MOCK_LOG_FOLDER_STRINGS,
};

const zh = {
	...QUIZ_STRINGS.zh, ...QUIZ_FLOW_STRINGS.zh, ...STAR_STRINGS.zh, ...STAR_PANEL_STRINGS.zh, ...STORY_STRINGS.zh,
	...MOCK_STRINGS.zh, ...COVERAGE_STRINGS.zh, ...ANSWER_STATE_STRINGS.zh, ...SETTINGS_STRINGS.zh, ...STATS_STRINGS.zh,
	...CARD_CONTROL_STRINGS.zh, ...RECORDING_STRINGS.zh, ...QUESTION_MARKER_STRINGS.zh, ...PARSE_WARNING_STRINGS.zh,
	...MOCK_LOG_FOLDER_STRINGS.zh,
};

const en = {
	...QUIZ_STRINGS.en, ...QUIZ_FLOW_STRINGS.en, ...STAR_STRINGS.en, ...STAR_PANEL_STRINGS.en, ...STORY_STRINGS.en,
	...MOCK_STRINGS.en, ...COVERAGE_STRINGS.en, ...ANSWER_STATE_STRINGS.en, ...SETTINGS_STRINGS.en, ...STATS_STRINGS.en,
	...CARD_CONTROL_STRINGS.en, ...RECORDING_STRINGS.en, ...QUESTION_MARKER_STRINGS.en, ...PARSE_WARNING_STRINGS.en,
	...MOCK_LOG_FOLDER_STRINGS.en,
};

export type StringKey = keyof typeof zh;

// Each language has every key of the other: a key missing in either is a compile error.
const zhComplete: Record<keyof typeof en, string> = zh;
const enComplete: Record<StringKey, string> = en;

/** The whole table. */
export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh: zhComplete, en: enComplete };

export type Vars = TemplateVars;

/**
 * The string for `key` in `lang`, with `{name}` replaced by vars.name and `{n|one|other}`
 * replaced by "n one" or "n other" (English plurals).
 */
export function t(lang: Lang, key: StringKey, vars?: Vars): string {
	const table: Record<string, string> = STRINGS[lang];
	const template = table[key] ?? STRINGS.en[key] ?? key;
	return vars ? fillTemplate(template, vars) : template;
}

/** The UI language: the setting when forced, else Chinese when Obsidian runs in any Chinese variant. */
export function resolveLang(setting: UiLanguage, obsidianLanguage: string): Lang {
	if (setting === "zh" || setting === "en") return setting;
	return obsidianLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}
