import { assertBuildUsable, buildInfo } from './expiry';
import { feedUrl, refuseStaleInsider } from './updates';

assertBuildUsable();
refuseStaleInsider();
console.log(`fleet-agent ${buildInfo()} polling ${feedUrl()}`);
