// The core flows in Firefox (firefox-esr over WebDriver BiDi); see flows.mjs.
import { coreFlows } from './flows.mjs';

coreFlows('firefox');
