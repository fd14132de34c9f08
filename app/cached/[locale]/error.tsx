"use client";

// The same error page as app/(site), inside the cached tree's root layout.
export { default } from "@/app/(site)/error";
