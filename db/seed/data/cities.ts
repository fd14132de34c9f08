import { cityCentre, findCityCentre, type CityName } from "@/lib/geo/cities";

const centreOf = (name: CityName) => findCityCentre(name) ?? { state: "" };

/**
 * Indian cities for the seed: state, an approximate city-centre coordinate, the first three digits
 * of the city's postal PIN codes, a few well-known localities, and an STD code for phone numbers.
 */
export interface City {
  name: string;
  state: string;
  lat: number;
  lng: number;
  /** First three digits of the 6-digit PIN code used in the city. */
  pincodePrefix: string;
  /** Localities used for clinic and patient addresses. */
  areas: readonly string[];
  /** Main regional language (besides English and Hindi) used for doctor language lists. */
  regionalLanguage: string;
  /** Name pool to prefer for people in this city (see people.ts). */
  region:
    | "hindi"
    | "marathi"
    | "tamil"
    | "telugu"
    | "bengali"
    | "malayalam"
    | "punjabi"
    | "assamese"
    | "kannada"
    | "gujarati";
}

export const cities: readonly City[] = [
  {
    name: "Pune",
    state: centreOf("Pune").state,
    ...cityCentre("Pune"),
    pincodePrefix: "411",
    areas: [
      "Kothrud",
      "Aundh",
      "Baner",
      "Shivajinagar",
      "Viman Nagar",
      "Hadapsar",
      "Kalyani Nagar",
      "Deccan Gymkhana",
      "Wakad",
      "Camp",
    ],
    regionalLanguage: "Marathi",
    region: "marathi",
  },
  {
    name: "Mumbai",
    state: centreOf("Mumbai").state,
    ...cityCentre("Mumbai"),
    pincodePrefix: "400",
    areas: [
      "Andheri West",
      "Bandra West",
      "Dadar",
      "Powai",
      "Borivali",
      "Chembur",
      "Malad",
      "Goregaon East",
      "Ghatkopar",
      "Colaba",
    ],
    regionalLanguage: "Marathi",
    region: "marathi",
  },
  {
    name: "Delhi",
    state: centreOf("Delhi").state,
    ...cityCentre("Delhi"),
    pincodePrefix: "110",
    areas: [
      "Saket",
      "Lajpat Nagar",
      "Rajouri Garden",
      "Dwarka",
      "Rohini",
      "Karol Bagh",
      "Vasant Kunj",
      "Greater Kailash",
      "Preet Vihar",
      "Janakpuri",
    ],
    regionalLanguage: "Punjabi",
    region: "hindi",
  },
  {
    name: "Bengaluru",
    state: centreOf("Bengaluru").state,
    ...cityCentre("Bengaluru"),
    pincodePrefix: "560",
    areas: [
      "Indiranagar",
      "Koramangala",
      "Jayanagar",
      "Whitefield",
      "Malleshwaram",
      "HSR Layout",
      "Banashankari",
      "Hebbal",
      "Marathahalli",
      "Basavanagudi",
    ],
    regionalLanguage: "Kannada",
    region: "kannada",
  },
  {
    name: "Hyderabad",
    state: centreOf("Hyderabad").state,
    ...cityCentre("Hyderabad"),
    pincodePrefix: "500",
    areas: [
      "Banjara Hills",
      "Jubilee Hills",
      "Kukatpally",
      "Madhapur",
      "Secunderabad",
      "Ameerpet",
      "Gachibowli",
      "Dilsukhnagar",
      "Begumpet",
      "Kondapur",
    ],
    regionalLanguage: "Telugu",
    region: "telugu",
  },
  {
    name: "Chennai",
    state: centreOf("Chennai").state,
    ...cityCentre("Chennai"),
    pincodePrefix: "600",
    areas: [
      "T. Nagar",
      "Adyar",
      "Anna Nagar",
      "Velachery",
      "Mylapore",
      "Nungambakkam",
      "Tambaram",
      "Porur",
      "Besant Nagar",
      "Kilpauk",
    ],
    regionalLanguage: "Tamil",
    region: "tamil",
  },
  {
    name: "Kolkata",
    state: centreOf("Kolkata").state,
    ...cityCentre("Kolkata"),
    pincodePrefix: "700",
    areas: [
      "Salt Lake",
      "Ballygunge",
      "Park Street",
      "Behala",
      "New Town",
      "Gariahat",
      "Dum Dum",
      "Tollygunge",
      "Shyambazar",
      "Jadavpur",
    ],
    regionalLanguage: "Bengali",
    region: "bengali",
  },
  {
    name: "Ahmedabad",
    state: centreOf("Ahmedabad").state,
    ...cityCentre("Ahmedabad"),
    pincodePrefix: "380",
    areas: [
      "Navrangpura",
      "Satellite",
      "Maninagar",
      "Bodakdev",
      "Vastrapur",
      "Paldi",
      "Naranpura",
      "Bopal",
      "Chandkheda",
      "Thaltej",
    ],
    regionalLanguage: "Gujarati",
    region: "gujarati",
  },
  {
    name: "Jaipur",
    state: centreOf("Jaipur").state,
    ...cityCentre("Jaipur"),
    pincodePrefix: "302",
    areas: [
      "Malviya Nagar",
      "Vaishali Nagar",
      "C-Scheme",
      "Mansarovar",
      "Raja Park",
      "Jagatpura",
      "Tonk Road",
      "Bani Park",
      "Sodala",
      "Jhotwara",
    ],
    regionalLanguage: "Hindi",
    region: "hindi",
  },
  {
    name: "Lucknow",
    state: centreOf("Lucknow").state,
    ...cityCentre("Lucknow"),
    pincodePrefix: "226",
    areas: [
      "Gomti Nagar",
      "Hazratganj",
      "Aliganj",
      "Indira Nagar",
      "Aminabad",
      "Alambagh",
      "Mahanagar",
      "Rajajipuram",
      "Jankipuram",
      "Vikas Nagar",
    ],
    regionalLanguage: "Hindi",
    region: "hindi",
  },
  {
    name: "Guwahati",
    state: centreOf("Guwahati").state,
    ...cityCentre("Guwahati"),
    pincodePrefix: "781",
    areas: [
      "Dispur",
      "Zoo Road",
      "Ganeshguri",
      "Paltan Bazaar",
      "Beltola",
      "Chandmari",
      "Uzan Bazar",
      "Six Mile",
      "Kahilipara",
      "Maligaon",
    ],
    regionalLanguage: "Assamese",
    region: "assamese",
  },
  {
    name: "Kochi",
    state: centreOf("Kochi").state,
    ...cityCentre("Kochi"),
    pincodePrefix: "682",
    areas: [
      "Kakkanad",
      "Edappally",
      "Kadavanthra",
      "Fort Kochi",
      "Vyttila",
      "Palarivattom",
      "Panampilly Nagar",
      "Kaloor",
      "Thrikkakara",
      "Aluva",
    ],
    regionalLanguage: "Malayalam",
    region: "malayalam",
  },
  {
    name: "Chandigarh",
    state: centreOf("Chandigarh").state,
    ...cityCentre("Chandigarh"),
    pincodePrefix: "160",
    areas: [
      "Sector 17",
      "Sector 22",
      "Sector 35",
      "Sector 8",
      "Manimajra",
      "Sector 44",
      "Sector 11",
      "Sector 43",
      "Industrial Area",
      "Sector 32",
    ],
    regionalLanguage: "Punjabi",
    region: "punjabi",
  },
  {
    name: "Bhopal",
    state: centreOf("Bhopal").state,
    ...cityCentre("Bhopal"),
    pincodePrefix: "462",
    areas: [
      "Arera Colony",
      "MP Nagar",
      "Kolar Road",
      "Shahpura",
      "TT Nagar",
      "Habibganj",
      "Bairagarh",
      "Ayodhya Bypass",
      "Indrapuri",
      "Govindpura",
    ],
    regionalLanguage: "Hindi",
    region: "hindi",
  },
] as const;

/** A 6-digit PIN code in the city: prefix + 3 digits (kept small, like real suburban codes). */
export function cityPincode(city: City, n: number): string {
  return `${city.pincodePrefix}${String(1 + (Math.abs(n) % 60)).padStart(3, "0")}`;
}

export function cityByName(name: string): City {
  const c = cities.find((x) => x.name === name);
  if (!c) throw new Error(`unknown seed city ${name}`);
  return c;
}
