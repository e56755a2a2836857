/**
 * A seeded synthetic county for demos, tests and benchmarks
 * ({@link org.childstat.indicators.core.synthetic.SyntheticCounty}), with the differences it
 * planted ({@link org.childstat.indicators.core.synthetic.PlantedEffect}).
 */
package org.childstat.indicators.core.synthetic;
