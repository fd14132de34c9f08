import { ArticlesLoading } from "@/components/articles/ArticlesLoading";

export default function Loading() {
  return <ArticlesLoading kind="list" />;
}
