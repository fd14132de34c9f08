/** What the map needs per doctor (built on the server from the list query + clinic coordinates). */
export interface MapDoctor {
  id: string;
  name: string;
  specialty: string;
  /** "4.8 ★ (120)" or null when unrated. */
  rating: string | null;
  /** "Video ₹800 · Clinic ₹1,000". */
  fees: string;
  address: string;
  lat: number;
  lng: number;
}

export interface MapLabels {
  region: string;
  viewProfile: string;
  directions: string;
  youAreHere: string;
  locate: string;
  locating: string;
  locationFailed: string;
}
