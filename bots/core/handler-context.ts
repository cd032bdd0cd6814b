/** What an intent's answer receives: the asker's service context, their instansi, the question's language and the directory. */
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import type { ServiceContext } from '../../services/context.js';
import type { Intent } from '../intents/intent.js';
import type { Lang } from '../language/lang.js';

export interface HandlerContext {
  /** The chat user's role and unit scope: every service verb authorises on it. */
  ctx: ServiceContext;
  instansi: { kode: string; nama: string };
  lang: Lang;
  /** The instansi's units and positions, marked inside or outside the asker's scope. */
  directory: OrgDirectory;
  /** Every registered intent, for the help text and suggestions. */
  intents: readonly Intent[];
}
