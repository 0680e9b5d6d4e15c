/**
 * Calendar constants shared by the main and renderer processes.
 * Keep these in one place so release engineering can bump them per build.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

/** End of security fixes for the 2.x line (see SUPPORT.md). */
export const SUPPORT_END = new Date(2027, 11, 31, 23, 59, 59);

/** Timestamp stamped by the build script; used only for the clock sanity check. */
export const BUILD_STAMP = 1795392000000;

/** Oldest date the document history view lets you scroll back to. */
export const HISTORY_FLOOR = new Date(2015, 0, 1);
