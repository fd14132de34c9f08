import type { FormAction } from "@/lib/actions/result";

/** The server actions the moderation queue's forms post to (app/(site)/(admin)/admin/moderation/actions.ts). */
export interface ModerationFormActions {
  hidePost: FormAction;
  unhidePost: FormAction;
  lockPost: FormAction;
  unlockPost: FormAction;
  pinPost: FormAction;
  unpinPost: FormAction;
  deletePost: FormAction;
  hideReply: FormAction;
  unhideReply: FormAction;
  deleteReply: FormAction;
  dismiss: FormAction;
}
