// The closest-name rule lives in the core, shared with the settings tab's hub warning.
export { closestNames } from "../core/closest-names";
