import type { MedicineSchedule } from "@/db/schema/medicines";
import { discountPercent, money } from "@/lib/money";
import { maxQuantity, orderability } from "./rules";
import type { MedicineDto } from "./schemas";

/** The columns a catalogue read selects. */
export interface MedicineRow {
  uuid: string;
  name: string;
  genericName: string | null;
  manufacturer: string | null;
  form: MedicineDto["form"];
  category: string | null;
  strength: string | null;
  packSize: string | null;
  nameHi: string | null;
  price: string;
  mrp: string;
  prescriptionRequired: boolean;
  schedule: MedicineSchedule;
  controlled: boolean;
  maxPerOrder: number | null;
  stockQty: number;
}

export function toMedicineDto(row: MedicineRow): MedicineDto {
  return {
    id: row.uuid,
    name: row.name,
    genericName: row.genericName,
    manufacturer: row.manufacturer,
    form: row.form,
    category: row.category,
    strength: row.strength,
    packSize: row.packSize,
    nameHi: row.nameHi,
    price: money(row.price),
    mrp: money(row.mrp),
    discountPercent: discountPercent(row.price, row.mrp),
    prescriptionRequired: row.prescriptionRequired,
    schedule: row.schedule,
    orderability: orderability(row),
    maxQuantity: maxQuantity(row),
    inStock: row.stockQty > 0,
  };
}
