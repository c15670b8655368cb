// The core flows in WebKit (WebKitGTK's MiniBrowser under Xvfb); see flows.mjs.
import { coreFlows } from './flows.mjs';

coreFlows('webkit');
