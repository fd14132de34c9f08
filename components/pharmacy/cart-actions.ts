/** The cart's server actions, handed down by the pages (components never import from app/). */
export interface CartFormActions {
  add: (form: FormData) => Promise<void>;
  set: (form: FormData) => Promise<void>;
  remove: (form: FormData) => Promise<void>;
}
