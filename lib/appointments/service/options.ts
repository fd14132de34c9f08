/** `now` for tests; `origin` for links in mails (APP_URL wins). */
export interface WriteOptions {
  now?: Date;
  origin?: string;
}
