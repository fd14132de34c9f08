import type { AdminActionKind } from "@/db/schema/admin-actions";
import type { DoctorDocumentKind } from "@/db/schema/doctor-documents";
import type { UserRole } from "@/db/schema/users";
import type { AdminActionDto, AdminUserDto, DoctorDocumentDto } from "./schemas";

export interface AdminActionRowView {
  uuid: string;
  adminName: string;
  action: AdminActionKind;
  targetType: string;
  targetUuid: string;
  targetLabel: string | null;
  reason: string | null;
  at: Date;
}

export function toAdminActionDto(row: AdminActionRowView): AdminActionDto {
  return {
    id: row.uuid,
    adminName: row.adminName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetUuid,
    targetLabel: row.targetLabel,
    reason: row.reason,
    at: row.at.toISOString(),
  };
}

export interface DoctorDocumentRowView {
  uuid: string;
  kind: DoctorDocumentKind;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  createdAt: Date;
}

export function toDoctorDocumentDto(row: DoctorDocumentRowView): DoctorDocumentDto {
  return {
    id: row.uuid,
    kind: row.kind,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    uploadedAt: row.createdAt.toISOString(),
  };
}

export interface AdminUserRowView {
  uuid: string;
  fullName: string;
  email: string;
  role: UserRole;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  createdAt: Date;
}

export function toAdminUserDto(row: AdminUserRowView): AdminUserDto {
  return {
    id: row.uuid,
    name: row.fullName,
    email: row.email,
    role: row.role,
    suspendedAt: row.suspendedAt?.toISOString() ?? null,
    suspensionReason: row.suspensionReason,
    createdAt: row.createdAt.toISOString(),
  };
}
