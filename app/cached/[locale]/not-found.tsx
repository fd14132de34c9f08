// The same "not found" page as app/(site), inside the cached tree's root layout.
export { default, generateMetadata } from "@/app/(site)/not-found";
