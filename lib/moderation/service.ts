/** The moderators' writes (X3), one function per operation; every one is admins only. */
export { dismissReport } from "./service/dismiss";
export {
  deleteForumPost,
  deletePostAsModerator,
  hideForumPost,
  lockForumPost,
  pinForumPost,
  unhideForumPost,
  unlockForumPost,
  unpinForumPost,
} from "./service/post";
export { deleteForumReply, hideForumReply, unhideForumReply } from "./service/reply";
