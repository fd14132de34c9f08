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

/**
 * One pin: a place and every listed doctor there. Doctors of one hospital share its coordinates;
 * one pin each would stack invisibly, so the map shows a pin per place and counts places.
 */
export interface MapPlace {
  /** "lat,lng" rounded to about a metre. */
  key: string;
  lat: number;
  lng: number;
  /** The pin's name: the doctor's, or the place and how many doctors are there. */
  title: string;
  doctors: MapDoctor[];
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
