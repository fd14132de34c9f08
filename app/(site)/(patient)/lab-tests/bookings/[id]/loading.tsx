import { LabLoading } from "@/components/lab/LabLoading";

export default function Loading() {
  return <LabLoading namespace="Lab" />;
}
