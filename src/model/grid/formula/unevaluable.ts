/**
 * Thrown when a formula cannot be evaluated here: a reference to another sheet, a defined name, an unknown
 * function, a cycle, a syntax we do not read, or the work budget spent. The cell then keeps no value and the
 * form reports it once as "公式未计算" rather than guessing.
 */
export class Unevaluable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Unevaluable";
  }
}
