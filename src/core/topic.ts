// Topic paths as people see and pick them ("三、项目管理 › 跨部门沟通"): one rule for the quiz filter,
// the review queue and mock-interview draws, so a topic chosen in one view selects the same
// questions everywhere.
import type { Question } from "./types";

export const TOPIC_SEPARATOR = " › ";

/** One note, one topic, or both: what the quiz, the review queue and a mock draw can be limited to. */
export interface NoteTopicFilter {
	/** Only questions of this note. */
	path?: string;
	/** Only questions under this topic heading (any level) or topic path ("A › B"). */
	topic?: string;
}

export function topicPath(q: Pick<Question, "topic">): string {
	return q.topic.join(TOPIC_SEPARATOR);
}

/** The question sits under `topic`: a heading of its path, the whole path, or a path above it. "" matches all. */
export function matchesTopic(q: Pick<Question, "topic">, topic: string): boolean {
	if (topic === "") return true;
	const path = topicPath(q);
	return path === topic || path.startsWith(topic + TOPIC_SEPARATOR) || q.topic.includes(topic);
}
