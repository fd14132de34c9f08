import type { ReactNode } from "react";
import { PageHeader } from "./PageHeader";
import { ProsePage, ProseSection } from "./ProsePage";

/** Privacy and terms: title, last-updated line, intro, numbered sections. */
export function LegalPage({
  title,
  updated,
  intro,
  sections,
}: {
  title: string;
  updated: ReactNode;
  intro: string;
  sections: { id: string; title: string; body: string }[];
}) {
  return (
    <ProsePage>
      <PageHeader title={title} subtitle={updated} />
      <p className="leading-relaxed text-slate-700">{intro}</p>
      {sections.map((section, index) => (
        <ProseSection key={section.id} title={`${index + 1}. ${section.title}`}>
          <p>{section.body}</p>
        </ProseSection>
      ))}
    </ProsePage>
  );
}
