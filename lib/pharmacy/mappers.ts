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
  price: string;
  mrp: string;
  prescriptionRequired: boolean;
  stockQty: number;
}

/** "45" / "45.5" -> "45.00" / "45.50": money as the API writes it. */
const money = (v: string) => Number(v).toFixed(2);

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
    price: money(row.price),
    mrp: money(row.mrp),
    prescriptionRequired: row.prescriptionRequired,
    inStock: row.stockQty > 0,
  };
}
