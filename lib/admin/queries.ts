import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  notInArray,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { db } from "@/db/client";
import {
  adminActions,
  doctorDocuments,
  doctors,
  emergencyRequests,
  facilities,
  users,
  type VerificationStatus,
} from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import { toAdminActionDto, toAdminUserDto, toDoctorDocumentDto } from "./mappers";
import { requireAdmin } from "./policy";
import type {
  AdminActionDto,
  AdminOverviewDto,
  AdminUserDto,
  DoctorApplicationDto,
  DoctorApplicationSummaryDto,
  ListAdminActionsQuery,
  ListDoctorApplicationsQuery,
  ListUsersQuery,
} from "./schemas";

const closedEmergencies = ["completed", "cancelled"] as const;

/** The counts on the admin overview, all read from the tables. */
export async function getAdminOverview(actor: Actor): Promise<AdminOverviewDto> {
  requireAdmin(actor);
  const [[people], byStatus, [clinics], [emergencies]] = await Promise.all([
    db
      .select({
        all: count(),
        suspended: sql<number>`count(*) filter (where ${users.suspendedAt} is not null)::int`,
      })
      .from(users)
      .where(isNull(users.deletedAt)),
    db
      .select({ status: doctors.verificationStatus, n: count() })
      .from(doctors)
      .groupBy(doctors.verificationStatus),
    db.select({ n: count() }).from(facilities).where(eq(facilities.verified, false)),
    db
      .select({ n: count() })
      .from(emergencyRequests)
      .where(notInArray(emergencyRequests.status, [...closedEmergencies])),
  ]);
  const of = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  return {
    users: Number(people?.all ?? 0),
    suspendedUsers: Number(people?.suspended ?? 0),
    doctors: { pending: of("pending"), verified: of("verified"), rejected: of("rejected") },
    facilitiesAwaitingVerification: Number(clinics?.n ?? 0),
    activeEmergencies: Number(emergencies?.n ?? 0),
  };
}

const applicationColumns = {
  id: doctors.id,
  uuid: doctors.uuid,
  userUuid: users.uuid,
  name: users.fullName,
  email: users.email,
  specialty: doctors.specialty,
  qualification: doctors.qualification,
  experienceYears: doctors.experienceYears,
  licenseNumber: doctors.licenseNumber,
  registrationCouncil: doctors.registrationCouncil,
  status: doctors.verificationStatus,
  submittedAt: doctors.submittedAt,
  verifiedAt: doctors.verifiedAt,
  rejectionReason: doctors.rejectionReason,
};

interface ApplicationRow {
  id: number;
  uuid: string;
  userUuid: string;
  name: string;
  email: string;
  specialty: string;
  qualification: string;
  experienceYears: number;
  licenseNumber: string;
  registrationCouncil: string | null;
  status: VerificationStatus;
  submittedAt: Date;
  verifiedAt: Date | null;
  rejectionReason: string | null;
}

async function documentsOf(doctorIds: number[]) {
  if (doctorIds.length === 0) return [];
  return db
    .select({
      doctorId: doctorDocuments.doctorId,
      uuid: doctorDocuments.uuid,
      kind: doctorDocuments.kind,
      fileName: doctorDocuments.fileName,
      mimeType: doctorDocuments.mimeType,
      sizeBytes: doctorDocuments.sizeBytes,
      createdAt: doctorDocuments.createdAt,
    })
    .from(doctorDocuments)
    .where(inArray(doctorDocuments.doctorId, doctorIds))
    .orderBy(asc(doctorDocuments.createdAt), asc(doctorDocuments.id));
}

function toSummary(
  row: ApplicationRow,
  docs: Awaited<ReturnType<typeof documentsOf>>,
): DoctorApplicationSummaryDto {
  return {
    id: row.uuid,
    userId: row.userUuid,
    name: row.name,
    email: row.email,
    specialty: row.specialty,
    qualification: row.qualification,
    experienceYears: row.experienceYears,
    licenseNumber: row.licenseNumber,
    registrationCouncil: row.registrationCouncil,
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    documents: docs.filter((d) => d.doctorId === row.id).map(toDoctorDocumentDto),
  };
}

/** One queue of applications: pending oldest submission first; verified and rejected newest first. */
export async function listDoctorApplications(
  actor: Actor,
  query: ListDoctorApplicationsQuery,
): Promise<Page<DoctorApplicationSummaryDto>> {
  requireAdmin(actor);
  const where = and(eq(doctors.verificationStatus, query.status), isNull(users.deletedAt));
  const order =
    query.status === "pending"
      ? [asc(doctors.submittedAt), asc(doctors.id)]
      : [desc(doctors.submittedAt), desc(doctors.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select(applicationColumns)
      .from(doctors)
      .innerJoin(users, eq(users.id, doctors.userId))
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: count() })
      .from(doctors)
      .innerJoin(users, eq(users.id, doctors.userId))
      .where(where),
  ]);
  const docs = await documentsOf(rows.map((r) => r.id));
  return {
    data: rows.map((row) => toSummary(row, docs)),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) },
  };
}

/** One application in full, with its documents and the admin actions on it. */
export async function getDoctorApplication(
  actor: Actor,
  doctorUuid: string,
): Promise<DoctorApplicationDto> {
  requireAdmin(actor);
  if (!isUuid(doctorUuid)) throw notFound("doctor");
  const [row] = await db
    .select({
      ...applicationColumns,
      clinicName: facilities.name,
      clinicCity: facilities.city,
      languages: doctors.languages,
      feeOnline: doctors.feeOnline,
      feeOffline: doctors.feeOffline,
      offersOnline: doctors.offersOnline,
      offersOffline: doctors.offersOffline,
      bio: doctors.bio,
      photoKey: doctors.photoKey,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(eq(doctors.uuid, doctorUuid), isNull(users.deletedAt)))
    .limit(1);
  if (!row) throw notFound("doctor");
  const docs = await documentsOf([row.id]);
  const history = await actionsOn([row.uuid, ...docs.map((d) => d.uuid)]);
  return {
    ...toSummary(row, docs),
    clinic: row.clinicName ? { name: row.clinicName, city: row.clinicCity } : null,
    languages: row.languages,
    feeOnline: row.feeOnline,
    feeOffline: row.feeOffline,
    offersOnline: row.offersOnline,
    offersOffline: row.offersOffline,
    bio: row.bio,
    hasPhoto: row.photoKey !== null,
    history,
  };
}

const actionColumns = {
  uuid: adminActions.uuid,
  adminName: adminActions.adminName,
  action: adminActions.action,
  targetType: adminActions.targetType,
  targetUuid: adminActions.targetUuid,
  targetLabel: adminActions.targetLabel,
  reason: adminActions.reason,
  at: adminActions.at,
};

async function actionsOn(targetUuids: string[]): Promise<AdminActionDto[]> {
  const rows = await db
    .select(actionColumns)
    .from(adminActions)
    .where(inArray(adminActions.targetUuid, targetUuids))
    .orderBy(desc(adminActions.at), desc(adminActions.id))
    .limit(100);
  return rows.map(toAdminActionDto);
}

/** The admin audit, newest first; `targetId` narrows it to one doctor, user or document. */
export async function listAdminActions(
  actor: Actor,
  query: ListAdminActionsQuery,
): Promise<Page<AdminActionDto>> {
  requireAdmin(actor);
  const where = query.targetId ? eq(adminActions.targetUuid, query.targetId) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(actionColumns)
      .from(adminActions)
      .where(where)
      .orderBy(desc(adminActions.at), desc(adminActions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(adminActions).where(where),
  ]);
  return {
    data: rows.map(toAdminActionDto),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) },
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Accounts by email or name (substring, any case); suspended ones first, then newest. */
export async function listUsers(actor: Actor, query: ListUsersQuery): Promise<Page<AdminUserDto>> {
  requireAdmin(actor);
  const conditions: SQL[] = [isNull(users.deletedAt)];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.fullName, pattern))!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        uuid: users.uuid,
        fullName: users.fullName,
        email: users.email,
        role: users.role,
        suspendedAt: users.suspendedAt,
        suspensionReason: users.suspensionReason,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(sql`${isNotNull(users.suspendedAt)} desc`, desc(users.createdAt), desc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    data: rows.map(toAdminUserDto),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) },
  };
}
