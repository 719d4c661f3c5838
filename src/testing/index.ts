/**
 * `privatelink-model/testing`: fast-check arbitraries, model-based commands and invariant
 * checks for fuzzing tools against the model.
 *
 * @module privatelink-model/testing
 */
export {};
