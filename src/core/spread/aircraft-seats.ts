// Seats of the aircraft types most flown in routes.dat (IATA type codes as OpenFlights writes them), to weigh
// a route by the seats it offers rather than count it once. Values are typical two-class layouts from the
// manufacturers' published figures, rounded: an airline's own cabin may differ by 20 % either way, and
// routes.dat has no frequencies, so a seat-weighted flux is "seats per departure", not passengers. The table
// covers every type of 97 % of the route rows (98 % of the types named; the most common first in the file); any other type counts
// as DEFAULT_SEATS, and a route flown with several types takes the mean of their seats.
export const DEFAULT_SEATS = 100;

export const AIRCRAFT_SEATS: Readonly<Record<string, number>> = {
  // Airbus narrow-body
  '318': 107, '319': 134, '320': 164, '321': 195, '32S': 164, '32A': 164, '32B': 195,
  // Airbus wide-body
  '330': 277, '332': 253, '333': 295, '340': 300, '342': 260, '343': 277, '345': 313, '346': 326, '359': 315, '380': 525, '388': 525, 'AB6': 266, 'A3E': 266,
  // Boeing narrow-body
  '717': 106, '727': 150, '733': 128, '734': 146, '735': 108, '736': 110, '737': 140, '738': 162, '739': 177,
  '73C': 128, '73G': 128, '73H': 162, '73J': 177, '73M': 128, '73W': 128, '752': 200, '753': 243, '757': 200, '75W': 200,
  // Boeing wide-body
  '744': 416, '747': 400, '74H': 467, '762': 181, '763': 218, '764': 245, '767': 218, '76W': 218,
  '772': 305, '773': 368, '777': 330, '77L': 301, '77W': 365, '787': 250, '788': 242, '789': 290,
  // McDonnell Douglas
  'M80': 150, 'M81': 150, 'M82': 150, 'M83': 150, 'M87': 130, 'M88': 150, 'M90': 160, 'DC9': 100, 'D95': 100, 'M11': 290,
  // Regional jets
  'CRJ': 50, 'CR1': 50, 'CR2': 50, 'CR7': 70, 'CR9': 86, 'CRK': 97, 'ERJ': 50, 'ER3': 37, 'ERD': 37, 'ER4': 50, 'E70': 72, 'E75': 80, 'E90': 100, 'E95': 118, 'EMJ': 90, 'SU9': 98,
  '100': 100, 'F70': 80, 'AR8': 85, 'AR1': 100, 'ARJ': 90,
  // Turboprops and small aircraft
  'AT4': 48, 'AT5': 48, 'AT7': 68, 'ATR': 60, 'DH1': 37, 'DH2': 37, 'DH3': 50, 'DH4': 74, 'DH8': 50, 'DHT': 19, 'F50': 50,
  'SF3': 34, 'SF2': 34, 'EM2': 30, 'BEH': 19, 'BE1': 19, 'CNA': 9, 'CNC': 9, 'BNI': 9, 'J31': 19, 'J32': 19, 'J41': 29, 'S20': 50, 'SWM': 19, 'YK2': 36,
};

/** Seats offered by one departure of a route flown with these types. */
export function routeSeats(equipment: readonly string[]): number {
  if (equipment.length === 0) return DEFAULT_SEATS;
  let sum = 0;
  for (const type of equipment) sum += AIRCRAFT_SEATS[type] ?? DEFAULT_SEATS;
  return sum / equipment.length;
}
