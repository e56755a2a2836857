/**
 * The {@code childstat} command (docs/outputs.md: what it writes and prints, its exit codes): the
 * only place that wires the modules together. Entry point:
 * {@link org.childstat.indicators.scorecard.cli.Childstat#main(String[])}.
 */
package org.childstat.indicators.scorecard.cli;
