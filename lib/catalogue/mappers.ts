import type { LabTestRow, MedicineRow } from "@/db/schema";
import { discountPercent, money } from "@/lib/money";
import { orderability } from "@/lib/pharmacy/rules";
import {
  LOW_STOCK,
  type AdminLabTestDto,
  type AdminMedicineDto,
  type PackageTestDto,
} from "./schemas";

/** A catalogue row as the admin sees it: everything, hidden or not, with the rule's verdict. */
export function toAdminMedicineDto(row: MedicineRow): AdminMedicineDto {
  return {
    id: row.uuid,
    name: row.name,
    genericName: row.genericName,
    nameHi: row.nameHi,
    manufacturer: row.manufacturer,
    form: row.form,
    category: row.category,
    strength: row.strength,
    packSize: row.packSize,
    price: money(row.price),
    mrp: money(row.mrp),
    discountPercent: discountPercent(row.price, row.mrp),
    prescriptionRequired: row.prescriptionRequired,
    schedule: row.schedule,
    controlled: row.controlled,
    maxPerOrder: row.maxPerOrder,
    orderability: orderability(row),
    stockQty: row.stockQty,
    lowStock: row.stockQty <= LOW_STOCK,
    description: row.description,
    usageInstructions: row.usageInstructions,
    sideEffects: row.sideEffects,
    isActive: row.isActive,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A lab test or package as the admin sees it, with the package's single tests. */
export function toAdminLabTestDto(
  row: LabTestRow,
  packageTests: PackageTestDto[],
): AdminLabTestDto {
  return {
    id: row.uuid,
    name: row.name,
    code: row.code,
    category: row.category,
    isPackage: row.isPackage,
    packageTests,
    description: row.description,
    parameters: row.parameters,
    price: money(row.price),
    mrp: money(row.mrp),
    discountPercent: discountPercent(row.price, row.mrp),
    sampleType: row.sampleType,
    fastingRequired: row.fastingRequired,
    fastingHours: row.fastingHours,
    reportTime: row.reportTime,
    homeCollection: row.homeCollection,
    preparation: row.preparation,
    isPopular: row.isPopular,
    isActive: row.isActive,
    updatedAt: row.updatedAt.toISOString(),
  };
}
