/**
 * Build switches, rewritten by the depot pipeline for each Steam branch.
 * This is the Early Access depot: EAP is on, the closed playtest and beta branches are off.
 */
export const EAP = true;
export const PRERELEASE = false;
export const IS_BETA = false;

/** Steam branch the launcher was started from ('default', 'dev', 'rc', ...), set by Steam. */
export const BRANCH: string | undefined = process.env.EMBERFALL_BRANCH;

export const PATCH_SERVER = 'https://patch.emberfall.example.com';
