// What the bench times of the project's code, as one entry that bench/bundled-core.ts bundles the way
// esbuild.config.mjs bundles main.ts: the parser and the live index with its parse cache.
export { parseNote, parseNoteSteps } from "../src/core/parse/parse-note";
// The reference reader, for the figures of remark reading every piece (main.js does not ship it).
export { parseMarkdown } from "../src/core/parse/remark-reader";
export { LiveIndex } from "../src/vault/live-index";
export { ParseCache, parseOptionsKey } from "../src/vault/parse-cache";
// The bench clears it before each cold round (a first start keys every question afresh).
export { forgetQuestionKeys } from "../src/core/normalize";
// bench/parse-stages.ts times the reader's stages and the questions readied for the index apart.
export { scanBlocks } from "../src/core/parse/fast/block-tree";
export { fastParseMarkdown } from "../src/core/parse/fast/fast-markdown";
export { readyNote, shareAnswerText } from "../src/vault/shared-strings";
// bench/parallel-parse.ts builds the index from notes parsed in worker threads.
export { IndexBuilder } from "../src/core/index/question-index";
