/** A named project (power plant, line, road, industrial park, …) found in article text. */
export interface Project {
  /** The span: type noun + proper name, e.g. `Thủy điện Nậm Voi`. */
  text: string;
  /** The proper-name part, e.g. `Nậm Voi`; what matching is scored on. */
  name: string;
  /** The type noun as written, e.g. `Thủy điện`, or the one shared by a list. */
  type: string;
  start: number;
  end: number;
}
